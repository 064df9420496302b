/** CSS for everything inside Tactful's shadow root: calm colours, light and dark, no page styles leak in. */

const wave = (color: string) =>
	`url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='6' height='3' viewBox='0 0 6 3'%3E%3Cpath d='M0 2.5 Q1.5 0 3 1.5 T6 0.5' fill='none' stroke='${encodeURIComponent(color)}' stroke-width='1.1'/%3E%3C/svg%3E")`;

/** The part of the card that gives way when it is capped to the viewport (overlay.tsx adds what it hides). */
export const CARD_MIDDLE = '.tf-card-body';

/** The overlay stylesheet. `.tf-dark` is set on the app root when the page around the field is dark. */
export const OVERLAY_CSS = `
:host { all: initial; }
.tf-app { --tf-bg:#fffdf8; --tf-fg:#2b2b2b; --tf-muted:#6b6b6b; --tf-border:#e3dccb; --tf-warn:#c2410c;
  --tf-caution:#b7791f; --tf-ok:#7c8b7a; --tf-btn:#f3efe4; --tf-btn-hover:#ebe4d3; --tf-focus:#2563eb;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--tf-fg); }
.tf-app.tf-dark { --tf-bg:#23211d; --tf-fg:#ece7dc; --tf-muted:#a9a294; --tf-border:#423d33; --tf-warn:#fb923c;
  --tf-caution:#f6c453; --tf-ok:#9fb19c; --tf-btn:#312e28; --tf-btn-hover:#3b372f; --tf-focus:#93c5fd; }
.tf-underline { position: fixed; height: 4px; pointer-events: none; background-repeat: repeat-x;
  background-position: left bottom; background-size: 6px 3px; }
.tf-underline.tf-warn { background-image: ${wave('#ea580c')}; }
.tf-underline.tf-caution { background-image: ${wave('#d69e2e')}; }
.tf-badge { position: fixed; pointer-events: auto; box-sizing: border-box; width: 22px; height: 22px;
  border-radius: 11px; border: 1px solid var(--tf-border); background: var(--tf-bg); color: var(--tf-fg);
  font: 600 11px/20px system-ui, sans-serif; text-align: center; padding: 0; cursor: pointer;
  box-shadow: 0 1px 3px rgba(0,0,0,.12); transition: transform .15s ease, background-color .2s ease; }
.tf-badge:hover { transform: scale(1.08); }
.tf-badge:focus-visible, .tf-card button:focus-visible, .tf-card summary:focus-visible { outline: 2px solid var(--tf-focus); outline-offset: 2px; }
.tf-badge.tf-ok { opacity: .75; }
.tf-badge.tf-thread-risk { opacity: 1; box-shadow: 0 0 0 2px var(--tf-bg), 0 0 0 4px var(--tf-caution); }
/* Checking is unavailable (the models failed to load): not the calm dot, which would read as "all fine". */
.tf-badge.tf-unavailable { opacity: 1; border: 1px dashed var(--tf-fg); }
/* Checking… (the first score waits for the models to load): a turning ring, still under reduced motion. */
.tf-badge.tf-loading { opacity: 1; }
/* The previous level kept while a settings change is scored again (slow): a dashed ring around it, no flicker. */
.tf-badge.tf-rechecking { outline: 2px dashed var(--tf-muted); outline-offset: 1px; }
.tf-spin { display: inline-block; box-sizing: border-box; width: 10px; height: 10px; border-radius: 5px;
  border: 2px solid var(--tf-muted); border-top-color: transparent; vertical-align: middle; margin-top: -2px;
  animation: tf-spin 0.9s linear infinite; }
@keyframes tf-spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .tf-spin { animation: none; border-top-color: var(--tf-muted); border-style: dotted; } }
.tf-badge.tf-caution { background: var(--tf-caution); border-color: transparent; color: #1f1a10; }
.tf-badge.tf-warn { background: var(--tf-warn); border-color: transparent; color: #fff; }
.tf-dark .tf-badge.tf-warn { color: #1b1208; }
/* Text runs under the badge and there is no room outside the field (badge-place.ts): the words read through it. */
.tf-badge.tf-faded { opacity: .3; }
.tf-badge.tf-faded:hover, .tf-badge.tf-faded:focus-visible, .tf-badge.tf-faded[aria-expanded="true"] { opacity: 1; }
.tf-dot { display: inline-block; width: 8px; height: 8px; border-radius: 4px; background: var(--tf-ok);
  vertical-align: middle; margin-top: -2px; }
.tf-card { position: fixed; pointer-events: auto; box-sizing: border-box; width: 320px; max-width: calc(100vw - 16px);
  background: var(--tf-bg); color: var(--tf-fg); border: 1px solid var(--tf-border); border-radius: 10px;
  box-shadow: 0 8px 24px rgba(0,0,0,.14); padding: 12px 14px; overflow-y: auto; overscroll-behavior: contain;
  display: flex; flex-direction: column; }
/* A card taller than its room (card-place.ts caps it to the viewport) shrinks its middle, which scrolls, and keeps
   its heading, the rewrite suggestion with Apply/Undo and its own actions in view; a long suggestion scrolls
   inside itself. Only when even those do not fit (a tiny frame) does the whole card scroll. */
.tf-card > * { flex: none; }
/* It gives way no further than its first reason's end (--tf-first, measured by WarningCard; session 27): with less
   room the card is tight, its top saying that reason whole. Priority when room is short: the heading, why it warns
   (first reason: title and its why), the pinned Apply row and the card's own buttons, the suggestion's first lines
   (scrolling, a faded half line below while more is there), then the rest below the fold. */
.tf-card-body { flex: 0 1 auto; min-height: var(--tf-first, 2.5em); overflow-y: auto; overscroll-behavior: contain; }
.tf-card-body.tf-more { -webkit-mask-image: linear-gradient(to bottom, #000 calc(100% - 28px), transparent);
  mask-image: linear-gradient(to bottom, #000 calc(100% - 28px), transparent); }
/* Even that does not fit (WarningCard "tight": 200 % zoom, a short window): one scroll area, no nested one cutting the
   reasons to two lines, and the card's action row stuck to its bottom edge, always in view; scroll-padding keeps
   a control that Tab focuses clear of that row. */
.tf-card.tf-tight { scroll-padding-bottom: var(--tf-pin, 56px); }
/* The suggestion's Apply row is pinned too, right above the card's own (session 14: a long suggestion pushed it out
   of view): its section and box give way (display: contents) so the row sticks to the card, not inside the
   suggestion; --tf-foot / --tf-pin are the pinned rows' heights, measured by WarningCard. */
.tf-card.tf-tight .tf-slot[data-tactful-slot="rewrite"], .tf-card.tf-tight .tactful-rw-card { display: contents; }
.tf-card.tf-tight .tactful-rw-card > * { flex: none; }
/* The suggestion keeps priority over the reasons and hints (session 20; QA session 19 at 700x500: it was one line
   peeking between the shortcut hint and the pinned rows): right under the heading, the middle scrolling after it,
   then the suggestion's side notes ("only wording", "cut off"). Tab and screen readers keep the document's order (reasons, then the suggestion and Apply). */
.tf-card.tf-tight .tf-card-head, .tf-card.tf-tight > .tf-summary, .tf-card.tf-tight > .tf-thread-line { order: -2; }
/* Why it warns, under the heading of a tight card (its reasons are below the fold; session 21): the first reason's
   title and its why, at most four lines (session 27: the title with quotes in one line did not say why). */
.tf-card .tf-summary { margin: 2px 0 0; font-size: 12px; line-height: 1.4; color: var(--tf-fg);
  display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 4; line-clamp: 4; overflow: hidden; }
.tf-card.tf-tight .tactful-rw-card > :not(.tactful-rw-actions, .tactful-rw-note),
.tf-card.tf-tight .tactful-rw-card > [data-testid="rewrite-replacement"] { order: -1; }
.tf-card.tf-tight:has(.tactful-rw-card) .tf-card-body { border-top: 1px solid var(--tf-border); margin-top: 6px; }
.tf-card.tf-tight .tactful-rw-actions { position: sticky; bottom: calc(var(--tf-foot, 49px) - 12px); z-index: 1;
  background: var(--tf-bg); margin: 6px -14px 0; padding: 4px 14px; border-top: 1px solid var(--tf-border); }
/* Compact: a card clear of the comment being answered may have only ~100 px (card-place.ts MIN_COMPACT), which
   must hold its heading and both pinned rows. */
.tf-card.tf-tight { padding-top: 8px; }
.tf-card.tf-tight .tf-actions { padding-top: 5px; padding-bottom: 8px; margin-top: 4px; }
.tf-card.tf-tight .tf-actions button, .tf-card.tf-tight .tactful-rw-actions button { padding-top: 1px;
  padding-bottom: 1px; }
.tf-card.tf-tight .tf-card-body { flex: none; overflow: visible; min-height: 0; }
.tf-card.tf-tight .tf-actions { position: sticky; bottom: -12px; z-index: 1; background: var(--tf-bg);
  margin: 6px -14px -12px; padding: 5px 14px 8px; border-top: 1px solid var(--tf-border); }
.tf-card .tactful-rw-diff, .tf-card .tactful-rw-streamed { max-height: 8.7em; overflow-y: auto;
  overscroll-behavior: contain; }
/* A tight card's suggestion in the room between the reason and the pinned Apply row: whole lines (and half of the next),
   scrolling inside; while more is below, its bottom fades and "more ↓" sits on the Apply row's top edge (WarningCard
   capSuggestion, session 27). The label is for the eye: screen readers get the whole suggestion (rewrite-spoken). */
.tf-card.tf-tight .tactful-rw-diff, .tf-card.tf-tight .tactful-rw-streamed { max-height: var(--tf-suggestion, 8.7em); }
/* A capped suggestion's scores go below the fold with the reasons, not half under the Apply row (WarningCard CAPPED). */
.tf-card.tf-tight[data-tf-capped] .tactful-rw-card > .tactful-rw-scores { order: 0; }
/* No whole line of room: the suggestion starts under the Apply row, below the fold (WarningCard PUSH, session 27). */
.tf-card.tf-tight .tactful-rw-diff, .tf-card.tf-tight .tactful-rw-streamed { margin-top: var(--tf-push, 0); }
.tf-card.tf-tight [data-tf-more] { -webkit-mask-image: linear-gradient(to bottom, #000 calc(100% - 0.6em), rgba(0,0,0,.25));
  mask-image: linear-gradient(to bottom, #000 calc(100% - 0.6em), rgba(0,0,0,.25)); }
/* Not whole in that room: what Apply would write, the struck-out words of the draft hidden (WarningCard RESULT_ONLY). */
.tf-card.tf-tight[data-tf-result] .tactful-rw-diff del { display: none; }
.tf-card.tf-tight[data-tf-result] .tactful-rw-diff del + ins { margin-left: 0; }
/* And the unchanged lines folded above the first change ("… 3 unchanged lines …", a review comment's suggested-change
   block; qa30), so the first line in view is the change. */
.tf-card.tf-tight[data-tf-result] .tactful-rw-diff .tactful-rw-gap[data-lead] { display: none; }
.tf-card.tf-tight:has([data-tf-more]) .tactful-rw-actions::before { content: "more ↓"; content: "more ↓" / "";
  position: absolute; right: 14px; top: -9px; padding: 0 6px; font: 11px/16px system-ui, sans-serif;
  color: var(--tf-muted); background: var(--tf-bg); border: 1px solid var(--tf-border); border-radius: 8px;
  pointer-events: none; }
/* The thread warning when its section is out of the card's first view (WarningCard, ui7 session 16): its heading
   whole, wrapping to a second line where it is long (session 27: "Your reply could make this conversati…" was cut
   mid-word at 320 px). With under 200 px of room beside the draft's own reason, a short tag in the heading's row. */
.tf-thread-line { display: block; width: 100%; margin: 6px 0 2px; padding: 3px 8px; border: 0; border-radius: 6px;
  background: var(--tf-btn); color: var(--tf-fg); font: 600 12px/1.4 system-ui, sans-serif; text-align: left;
  white-space: normal; overflow-wrap: break-word; cursor: pointer; }
.tf-card-head h2 { flex: 1 1 auto; min-width: 0; }
.tf-card-head .tf-thread-tag { flex: none; width: auto; margin: 0 0 0 auto; padding: 1px 5px; border-radius: 9px;
  font-size: 11px; white-space: nowrap; }
.tf-card-head:has(.tf-thread-tag) { gap: 4px; }
/* Less than one suggestion line of room (WarningCard SNUG): the pinned rows give up a few px of padding, so the line
   fits over them (reddit's thread card at 600x400, Stack Exchange's answer box at 600x400). */
.tf-card.tf-tight[data-tf-snug] .tactful-rw-actions { padding-top: 2px; padding-bottom: 2px; }
.tf-card.tf-tight[data-tf-snug] .tf-actions { padding-top: 3px; padding-bottom: 4px; }
.tf-card-head:has(.tf-thread-tag) .tf-close { padding: 2px 3px; }
.tf-card:focus { outline: none; }
.tf-card:focus-visible { outline: 2px solid var(--tf-focus); outline-offset: 2px; }
.tf-card.tf-warn { border-top: 3px solid var(--tf-warn); }
.tf-card.tf-caution { border-top: 3px solid var(--tf-caution); }
.tf-card-head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.tf-card h2 { font-size: 14px; font-weight: 600; margin: 0; }
.tf-close { background: none; border: 0; color: var(--tf-muted); font-size: 18px; line-height: 1; cursor: pointer; padding: 2px 6px; border-radius: 4px; }
.tf-reasons { margin: 8px 0 6px; padding-left: 18px; }
.tf-reasons li { margin: 3px 0; }
.tf-muted { color: var(--tf-muted); }
.tf-keys { margin: 8px 0 0; font-size: 12px; }
.tf-quotes { margin: 4px 0 8px; }
.tf-quotes q { font-style: italic; }
.tf-card-unavailable { border-top: 3px dashed var(--tf-muted); }
.tf-card-unavailable p { margin: 8px 0 0; }
/* The raw error of a "cannot check" card, for a bug report: folded, wrapped, never wider than the card. */
.tf-card-details { margin: 8px 0 0; font-size: 12px; }
.tf-card-details summary { cursor: pointer; color: var(--tf-muted); border-radius: 4px; }
.tf-card-details code { display: block; margin-top: 4px; white-space: pre-wrap; overflow-wrap: anywhere;
  font-family: ui-monospace, monospace; }
/* A "cannot check" card with little room (WarningCard "compact", session 15): a grid whose middle gives way
   (display: contents), Details on the action row before Try again (the order Tab walks them), tighter spacing, the
   shortcut line read by screen readers only: its reason, what still works, Details and Try again show unscrolled
   in ~170 px. */
.tf-card.tf-compact { display: grid; grid-template-columns: 1fr auto; align-items: center; column-gap: 8px;
  padding: 8px 12px; }
.tf-card.tf-compact > *, .tf-card.tf-compact .tf-card-body > * { grid-column: 1 / -1; }
.tf-card.tf-compact .tf-card-body { display: contents; }
.tf-card.tf-compact p { margin: 4px 0 0; line-height: 1.35; }
.tf-card.tf-compact [data-testid="card-still-works"] { font-size: 12px; }
.tf-card.tf-compact .tf-card-body > .tf-card-details { grid-column: 1; margin-top: 6px; }
.tf-card.tf-compact > .tf-actions { grid-column: 2; margin-top: 6px; }
.tf-card.tf-compact .tf-keys { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap; margin: 0; }
.tf-slot { border-top: 1px solid var(--tf-border); margin-top: 8px; padding-top: 8px; }
/* A section whose feature has nothing to say for this draft renders nothing: draw no rule either. */
.tf-slot:empty { display: none; }
.tf-actions { display: flex; gap: 8px; margin-top: 10px; flex-wrap: wrap; }
.tf-actions button { font: inherit; color: var(--tf-fg); background: var(--tf-btn); border: 1px solid var(--tf-border);
  border-radius: 6px; padding: 4px 10px; cursor: pointer; }
.tf-actions button:hover { background: var(--tf-btn-hover); }
.tf-actions .tf-primary { background: var(--tf-fg); color: var(--tf-bg); border-color: transparent; }
/* The rewrite card (components/RewriteCard) brings light colours of its own; inside a dark card it follows. */
.tf-dark .tactful-rw-card { color: var(--tf-fg); background: #2b2823; border-color: var(--tf-border);
  box-shadow: none; }
.tf-dark .tactful-rw-diff ins { background: rgba(46,160,67,.3); color: #aff5b4; }
.tf-dark .tactful-rw-diff del { background: rgba(248,81,73,.22); color: #ffa198; }
.tf-dark .tactful-rw-scores { color: var(--tf-muted); }
.tf-dark .tactful-rw-error { color: #ffa198; }
.tf-dark .tactful-rw-actions button { color: var(--tf-fg); background: var(--tf-btn); border-color: var(--tf-border); }
.tf-dark .tactful-rw-actions .tactful-rw-primary { background: #238636; border-color: #238636; color: #fff; }
/* "Rewrite applied · Undo" beside the field after Apply (overlay/applied-toast.tsx). */
.tf-applied { position: fixed; pointer-events: auto; box-sizing: border-box; display: flex; align-items: center;
  flex-wrap: wrap; gap: 2px 4px; padding: 5px 8px 5px 10px; background: var(--tf-bg); color: var(--tf-fg);
  border: 1px solid var(--tf-border); border-radius: 8px; box-shadow: 0 4px 12px rgba(0,0,0,.12); }
.tf-applied button { font: inherit; font-weight: 600; color: var(--tf-focus); background: none; border: 0;
  padding: 2px 6px; border-radius: 4px; cursor: pointer; text-decoration: underline; }
.tf-applied button:hover { background: var(--tf-btn-hover); }
.tf-applied button:focus-visible { outline: 2px solid var(--tf-focus); outline-offset: 1px; }
.tf-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-reduced-motion: reduce) { .tf-badge { transition: none; } }
`;
