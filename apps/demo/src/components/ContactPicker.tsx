import type { Contact } from "@engage-orders/emulator";
import { type FormEvent, useEffect, useState } from "react";
import useSWR from "swr";
import { demoApiFetcher } from "../demoApi.ts";
import { NewContactForm } from "../emulator/NewContactForm.tsx";
import { SelectField } from "./SelectField.tsx";
import { TextField } from "./TextField.tsx";

/** The props of `ContactPicker`. */
export interface ContactPickerProps {
  /** Emulator mode lists the emulator's contacts; tenant mode takes a contact id. */
  mode: "emulator" | "tenant";
  contactId: string;
  onChange: (contact: { contactId: string; email: string }) => void;
}

/**
 * Chooses whose orders to show. Engage has no contact listing in the Orders API, so on a tenant
 * the contact id is typed in; on the emulator its contacts are offered.
 */
export function ContactPicker({ mode, contactId, onChange }: ContactPickerProps) {
  const { data: contacts } = useSWR<Contact[]>(
    mode === "emulator" ? "/emulator/contacts" : null,
    demoApiFetcher,
  );
  const [typed, setTyped] = useState(contactId);
  const first = contacts?.[0];
  // Start with the first contact, so the page opens on someone's orders.
  useEffect(() => {
    if (first && contactId === "")
      onChange({ contactId: first.contactId, email: first.email ?? "" });
  }, [first, contactId, onChange]);
  if (mode === "tenant") {
    const onSubmit = (event: FormEvent) => {
      event.preventDefault();
      if (typed.trim()) onChange({ contactId: typed.trim(), email: "" });
    };
    return (
      <form className="contact-picker" onSubmit={onSubmit}>
        <TextField
          label="Contact id"
          path="contactId"
          value={typed}
          onChange={setTyped}
          hint="Engage's contact id"
        />
        <button type="submit" className="button-secondary">
          Show orders
        </button>
      </form>
    );
  }
  const options = (contacts ?? []).map((contact) => ({
    value: contact.contactId,
    label: contact.email ?? contact.contactId,
  }));
  return (
    <div className="contact-picker">
      <SelectField
        label="Contact"
        path="contactId"
        value={contactId}
        options={[
          { value: "", label: contacts ? "Choose a contact…" : "Loading contacts…" },
          ...options,
        ]}
        onChange={(id) => {
          const contact = contacts?.find((candidate) => candidate.contactId === id);
          onChange({ contactId: id, email: contact?.email ?? "" });
        }}
      />
      <NewContactForm
        onCreated={(contact) =>
          onChange({ contactId: contact.contactId, email: contact.email ?? "" })
        }
      />
    </div>
  );
}
