import type { ComponentChildren } from 'preact';

/** A table with column headings; it scrolls sideways on its own on a narrow screen. */
export function Table({ columns, name, children }: { columns: string[]; name?: string; children: ComponentChildren }) {
  return (
    <div class="scroll">
      <table class={name ? `table ${name}` : 'table'}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
