import type { Contact } from "@engage-orders/emulator";
import { type FormEvent, useState } from "react";
import { useSWRConfig } from "swr";
import { ErrorNotice } from "../components/ErrorNotice.tsx";
import { TextField } from "../components/TextField.tsx";
import { DemoApiError, demoApi } from "../demoApi.ts";

/** The props of `NewContactForm`. */
export interface NewContactFormProps {
  /** Called with the contact the emulator created. */
  onCreated: (contact: Contact) => void;
}

/**
 * Adds a contact to the emulator (Engage's contacts live outside the Orders API). An order for
 * an e-mail address no contact has ends `CompletedWithErrors`; adding the contact and
 * registering the order again is the documented way out.
 */
export function NewContactForm({ onCreated }: NewContactFormProps) {
  const [email, setEmail] = useState("");
  const [error, setError] = useState<unknown>();
  const { mutate } = useSWRConfig();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      setError(undefined);
      const contact = await demoApi<Contact>("/emulator/contacts", {
        method: "POST",
        body: { email },
      });
      await mutate("/emulator/contacts");
      setEmail("");
      onCreated(contact);
    } catch (cause) {
      setError(cause);
    }
  };
  const fieldError =
    error instanceof DemoApiError
      ? error.fieldErrors.find((problem) => problem.field === "email")?.message
      : undefined;
  return (
    <details className="new-contact">
      <summary>Add a contact</summary>
      <form onSubmit={onSubmit} noValidate aria-label="Add a contact">
        <TextField
          label="E-mail address"
          path="email"
          type="email"
          value={email}
          onChange={setEmail}
          error={fieldError}
        />
        <button type="submit" className="button-secondary">
          Add contact
        </button>
        {!fieldError && <ErrorNotice title="The contact was not added" error={error} />}
      </form>
    </details>
  );
}
