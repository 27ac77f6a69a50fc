/** Inline error next to a field; its id is referenced by aria-describedby on the field. */
interface Props {
  id: string;
  text: string | undefined;
}
export default function ErrorMessage({ id, text }: Props) {
  if (!text) return null;
  return (
    <p class="utrecht-form-field-error-message check-error" id={id}>
      {text}
    </p>
  );
}
