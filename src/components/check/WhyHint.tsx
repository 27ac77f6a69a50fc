/** "Waarom vragen we dit?": a short, closed-by-default explanation under the question. */
interface Props {
  label: string;
  text: string;
}
export default function WhyHint({ label, text }: Props) {
  return (
    <details class="check-why">
      <summary>{label}</summary>
      <p>{text}</p>
    </details>
  );
}
