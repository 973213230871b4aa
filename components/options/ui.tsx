// Building blocks of the options page: switch, spinner, two-step confirmation, empty state, icons.
import type { ComponentChildren } from 'preact';
import { useContext, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { StatusContext, useOptions } from './context';

/**
 * A checkbox shown as a switch (role="switch"); labelled by its visible text or by `label`. While `busy` it ignores
 * clicks and keys but stays focusable (aria-disabled, not disabled): a disabled control drops keyboard focus to <body>.
 */
export function Switch(props: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  label?: string;
  children?: ComponentChildren;
  hint?: ComponentChildren;
  disabled?: boolean;
  id?: string;
  busy?: boolean;
}) {
  const hintId = props.id && props.hint ? `${props.id}-hint` : undefined;
  return (
    <div class="switch-row">
      <label class="switch">
        <input
          id={props.id}
          type="checkbox"
          role="switch"
          checked={props.checked}
          disabled={props.disabled}
          aria-label={props.children ? undefined : props.label}
          aria-checked={props.checked}
          aria-busy={props.busy || undefined}
          aria-disabled={props.busy || undefined}
          aria-describedby={hintId}
          onClick={(e) => {
            // Cancelling the click leaves the box as it was and fires no change event.
            if (props.busy) e.preventDefault();
          }}
          onChange={(e) => props.onChange(e.currentTarget.checked)}
        />
        <span class="switch-track" aria-hidden="true">
          <span class="switch-thumb" />
        </span>
        {props.children ? <span class="switch-label">{props.children}</span> : null}
      </label>
      {props.hint ? (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
    </div>
  );
}

export function Spinner(props: { label?: string; inline?: boolean }) {
  return (
    <span class={props.inline ? 'spinner spinner-inline' : 'spinner'} role={props.label ? 'status' : undefined}>
      <span class="spinner-ring" aria-hidden="true" />
      {props.label ? <span class="spinner-label">{props.label}</span> : null}
    </span>
  );
}

/**
 * A button that asks "are you sure?" in place before running `onConfirm`. Focus moves to Cancel, then back to the
 * button, which stays focusable (aria-disabled) while the action runs. Esc answers Cancel. An action that removes
 * the button (its row) moves focus itself; this one only takes back a focus that was lost.
 */
export function ConfirmAction(props: {
  label: string;
  /** Accessible name of the first button when the visible label is ambiguous (e.g. "Remove" in a table row). */
  ariaLabel?: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  disabled?: boolean;
  class?: string;
}) {
  const { tr } = useOptions();
  const [asking, setAsking] = useState(false);
  const [running, setRunning] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  // A layout effect, so that focus comes back in the same commit, before the action can move it elsewhere.
  useLayoutEffect(() => {
    const active = document.activeElement;
    if (asking) cancelRef.current?.focus();
    else if (wasAsking.current && (!active || active === document.body || !active.isConnected)) openerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <button
        type="button"
        ref={openerRef}
        class={props.class ?? 'btn btn-quiet-danger'}
        aria-label={props.ariaLabel}
        disabled={props.disabled && !running}
        aria-disabled={running || undefined}
        aria-busy={running || undefined}
        onClick={() => {
          if (!running) setAsking(true);
        }}
      >
        {props.label}
      </button>
    );
  }
  return (
    <span
      class="confirm"
      role="group"
      aria-label={props.question}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        // Handled here: a form or dialog around the question must not act on the same key.
        e.preventDefault();
        e.stopPropagation();
        setAsking(false);
      }}
    >
      <span class="confirm-question">{props.question}</span>
      <button
        type="button"
        class="btn btn-danger"
        onClick={async () => {
          setAsking(false);
          setRunning(true);
          try {
            await props.onConfirm();
          } finally {
            setRunning(false);
          }
        }}
      >
        {props.confirmLabel}
      </button>
      <button type="button" class="btn" ref={cancelRef} onClick={() => setAsking(false)}>
        {tr('opt_cancel')}
      </button>
    </span>
  );
}

export function EmptyState(props: { children: ComponentChildren; icon?: keyof typeof ICONS }) {
  return (
    <div class="empty">
      <Icon name={props.icon ?? 'inbox'} />
      <p>{props.children}</p>
    </div>
  );
}

/** A subsection card with an h3. */
export function Card(props: {
  title: string;
  id?: string;
  children: ComponentChildren;
  actions?: ComponentChildren;
  busy?: boolean;
  description?: ComponentChildren;
}) {
  const { status, dismiss } = useContext(StatusContext);
  const { tr } = useOptions();
  const mine = status && props.id !== undefined && status.origin === props.id ? status : null;
  return (
    <section class="card" aria-labelledby={props.id} aria-busy={props.busy || undefined}>
      <header class="card-header">
        <div>
          <h3 id={props.id} tabIndex={-1}>
            {props.title}
          </h3>
          {props.description ? <p class="card-description">{props.description}</p> : null}
        </div>
        {props.actions ? <div class="card-actions">{props.actions}</div> : null}
      </header>
      {props.children}
      {/* The outcome of what the user did in this card, at its end, in the flow: it covers nothing, and what is above
          it does not move. The page's live regions (OptionsApp) say it; this copy is only seen. */}
      {mine ? (
        <div class={`card-status status-${mine.tone}`} data-status-seq={mine.seq}>
          <Icon name={mine.tone === 'error' ? 'alert' : 'check'} class="icon icon-sm" />
          <span class="status-text">{mine.text}</span>
          <button
            type="button"
            class="icon-btn"
            aria-label={tr('opt_status_dismiss')}
            onClick={() => {
              // The button goes away with the message: focus goes to the card's heading, not to <body>.
              if (props.id) document.getElementById(props.id)?.focus();
              dismiss();
            }}
          >
            <Icon name="close" class="icon icon-sm" />
          </button>
        </div>
      ) : null}
    </section>
  );
}

const ICONS = {
  packs: 'M4 7l8-4 8 4-8 4-8-4zm0 5l8 4 8-4m-16 5l8 4 8-4',
  patterns: 'M4 6h16M4 12h10M4 18h7m8-4l2 2-4 4h-2v-2l4-4z',
  feedback: 'M20 6L9 17l-5-5',
  reports: 'M5 21V4h9l1 2h5v9h-7l-1-2H7v8',
  settings:
    'M12 15a3 3 0 100-6 3 3 0 000 6zm7.4-3a7.4 7.4 0 00-.1-1.3l2-1.6-2-3.4-2.4 1a7.6 7.6 0 00-2.2-1.3L14.3 3h-4l-.4 2.4a7.6 7.6 0 00-2.2 1.3l-2.4-1-2 3.4 2 1.6a7.4 7.4 0 000 2.6l-2 1.6 2 3.4 2.4-1c.7.6 1.4 1 2.2 1.3l.4 2.4h4l.4-2.4c.8-.3 1.5-.7 2.2-1.3l2.4 1 2-3.4-2-1.6c.1-.4.1-.9.1-1.3z',
  about: 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6l8-3zm0 6v4m0 3v.01',
  upload: 'M12 16V4m0 0l-4 4m4-4l4 4M4 16v3a1 1 0 001 1h14a1 1 0 001-1v-3',
  download: 'M12 4v12m0 0l-4-4m4 4l4-4M4 16v3a1 1 0 001 1h14a1 1 0 001-1v-3',
  inbox: 'M4 13l2-8h12l2 8v6H4v-6zm0 0h5l1 2h4l1-2h5',
  key: 'M15 7a4 4 0 11-3.9 4.9L4 19v2h3v-2h2v-2h2l1.6-1.6A4 4 0 0115 7zm1 3h.01',
  link: 'M10 14a4 4 0 005.7 0l3-3a4 4 0 00-5.7-5.7l-1 1m1 5.4a4 4 0 00-5.7 0l-3 3a4 4 0 005.7 5.7l1-1',
  alert: 'M12 9v4m0 4v.01M10.3 4l-8 14a2 2 0 001.7 3h16a2 2 0 001.7-3l-8-14a2 2 0 00-3.4 0z',
  check: 'M20 6L9 17l-5-5',
  close: 'M6 6l12 12M18 6L6 18',
  refresh: 'M20 11a8 8 0 00-14.7-4.3L4 8m0-4v4h4m-4 5a8 8 0 0014.7 4.3L20 16m0 4v-4h-4',
  file: 'M14 3H6v18h12V7l-4-4zm0 0v4h4',
  flame: 'M12 3c1 3 5 5 5 10a5 5 0 01-10 0c0-2 1-3 2-4 0 2 1 3 2 3 0-3-1-6 1-9z',
} as const;

export function Icon(props: { name: keyof typeof ICONS; class?: string }) {
  return (
    <svg
      class={props.class ?? 'icon'}
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <path d={ICONS[props.name]} />
    </svg>
  );
}

export type IconName = keyof typeof ICONS;

/** Text written by users or read from pages: isolated so that its direction does not disturb ours. */
export function UserText(props: { text: string; class?: string }) {
  return (
    <bdi dir="auto" class={props.class}>
      {props.text}
    </bdi>
  );
}
