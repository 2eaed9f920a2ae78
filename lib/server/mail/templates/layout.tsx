import {
  Body,
  Button,
  Container,
  Head,
  Hr,
  Html,
  Link,
  Preview,
  Text,
} from "@react-email/components";
import type { ReactNode } from "react";

export const APP_NAME = "Sonography Career Planner";

const body = {
  backgroundColor: "#ffffff",
  color: "#1f2933",
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  fontSize: "15px",
  lineHeight: "1.5",
};

/** Every mail's frame: the app's name, the content, and a quiet footer. */
export function MailLayout({ preview, children }: { preview: string; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={body}>
        <Container style={{ maxWidth: "560px", padding: "16px" }}>
          <Text style={{ fontWeight: 600, margin: "0 0 12px" }}>{APP_NAME}</Text>
          {children}
          <Hr style={{ borderColor: "#d9e2ec", margin: "24px 0 12px" }} />
          <Text style={{ fontSize: "13px", color: "#52606d", margin: 0 }}>
            You get this mail because of your {APP_NAME} account.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export function Paragraph({ children }: { children: ReactNode }) {
  return <Text style={{ margin: "0 0 12px" }}>{children}</Text>;
}

/** The mail's one action, as a button, with the address spelled out for plain-text readers. */
export function Action({ href, children }: { href: string; children: ReactNode }) {
  return (
    <>
      <Button
        href={href}
        style={{
          backgroundColor: "#0b6e75",
          borderRadius: "6px",
          color: "#ffffff",
          fontWeight: 600,
          padding: "10px 18px",
          textDecoration: "none",
        }}
      >
        {children}
      </Button>
      <Text style={{ fontSize: "13px", color: "#52606d", margin: "12px 0" }}>
        Or open this address: <Link href={href}>{href}</Link>
      </Text>
    </>
  );
}
