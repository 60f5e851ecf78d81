"""The HTML report's stylesheet, inlined into every page so it opens anywhere without the network."""

STYLE = """
:root { --error: #b3261e; --warning: #8a5a00; --note: #2f5f8a; --ink: #1f2328; --muted: #59636e; --line: #d8dee4; }
* { box-sizing: border-box; }
body { margin: 0; background: #f6f8fa; color: var(--ink);
  font: 16px/1.5 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 64rem; margin: 0 auto; padding: 1.5rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
.summary { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: 0; }
.facts { color: var(--muted); margin-left: .5rem; }
.badge { display: inline-block; padding: .05rem .55rem; border-radius: 1rem; color: #fff; font-size: .8rem;
  font-weight: 600; text-transform: uppercase; letter-spacing: .03em; }
.badge.error { background: var(--error); } .badge.warning { background: var(--warning); }
.badge.note { background: var(--note); }
.finding { background: #fff; border: 1px solid var(--line); border-left: .35rem solid var(--note);
  border-radius: .4rem; padding: .9rem 1.1rem; margin: 0 0 1rem; }
.finding.error { border-left-color: var(--error); } .finding.warning { border-left-color: var(--warning); }
.finding header { display: flex; gap: .6rem; align-items: baseline; flex-wrap: wrap; }
.rule { font-size: .85rem; color: var(--muted); }
.place { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .8rem; color: var(--muted); }
.message { margin: .5rem 0 .75rem; font-weight: 600; }
.source { margin: 0 0 .6rem; padding: .5rem .8rem; background: #f6f8fa; border-radius: .3rem; }
.source figcaption { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .8rem; color: var(--muted); }
blockquote { margin: .25rem 0; font-family: Georgia, "Times New Roman", serif; font-size: 1.05rem; }
mark.figure { background: #fff3b0; padding: 0 .15rem; border-radius: .2rem; font-weight: 700; }
mark.figure.outlier { background: #ffd6d2; outline: 2px solid var(--error); }
.readings { margin: .2rem 0 0; font-size: .85rem; color: var(--muted); }
table { width: 100%; border-collapse: collapse; background: #fff; border: 1px solid var(--line); font-size: .9rem; }
th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #eef1f4; font-weight: 600; }
td.value { font-weight: 700; white-space: nowrap; }
table.documents td:nth-child(2) { white-space: nowrap; }
.coverage { display: grid; grid-template-columns: max-content auto; gap: .2rem 1.2rem; margin: 0 0 1rem; }
.coverage dt { color: var(--muted); } .coverage dd { margin: 0; font-weight: 600; }
.empty { color: var(--muted); font-style: italic; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: .8rem; }
"""
