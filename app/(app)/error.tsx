"use client";

// Inside the group's layout, so the header stays around the message.
export { ErrorMessage as default } from "../_components/error-message";
