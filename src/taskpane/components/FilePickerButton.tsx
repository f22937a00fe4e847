import { Button, type ButtonProps } from "@fluentui/react-components";
import { useRef } from "react";

export interface FilePickerButtonProps {
  label: string;
  onFile: (file: File) => void;
  appearance?: ButtonProps["appearance"];
  icon?: ButtonProps["icon"];
  disabled?: boolean;
  /** Used by tests and E2E to find the input. */
  inputTestId: string;
}

/** A Fluent button that opens the browser's file picker for one .xlsx file. */
export function FilePickerButton(props: FilePickerButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button
        appearance={props.appearance ?? "secondary"}
        icon={props.icon}
        disabled={props.disabled}
        onClick={() => input.current?.click()}
      >
        {props.label}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid={props.inputTestId}
        aria-label={props.label}
        tabIndex={-1}
        hidden
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = "";
          if (file) props.onFile(file);
        }}
      />
    </>
  );
}
