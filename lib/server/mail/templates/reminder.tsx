import { Link, Section, Text } from "@react-email/components";
import { APP_NAME, Action, MailLayout, Paragraph } from "./layout";

export interface ReminderLine {
  subject: string;
  reason: string;
  detail: string;
  link: string;
}

/** One reminder, or a weekly digest of several; always with a way to turn them off. */
export function ReminderMail({
  digest,
  items,
  title,
  settingsLink,
  unsubscribeLink,
}: {
  digest: boolean;
  items: readonly ReminderLine[];
  title: string;
  settingsLink: string;
  unsubscribeLink: string;
}) {
  const first = items[0];
  return (
    <MailLayout preview={digest ? "Your week ahead" : (first?.subject ?? APP_NAME)}>
      {digest ? (
        <>
          <Paragraph>Your week ahead in {APP_NAME}:</Paragraph>
          <Section>
            {items.map((item) => (
              <Text key={item.link + item.subject} style={{ margin: "0 0 8px" }}>
                - <Link href={item.link}>{item.subject}</Link>: {item.reason}.{item.detail}
              </Text>
            ))}
          </Section>
        </>
      ) : first ? (
        <>
          <Paragraph>
            A reminder from {APP_NAME}, {first.reason}.{first.detail}
          </Paragraph>
          <Action href={first.link}>Open {title}</Action>
        </>
      ) : null}
      <Text style={{ fontSize: "13px", color: "#52606d" }}>
        <Link href={settingsLink}>Choose which reminders you get</Link> ·{" "}
        <Link href={unsubscribeLink}>
          Stop {digest ? "these reminders" : "this kind of reminder"}
        </Link>
      </Text>
    </MailLayout>
  );
}
