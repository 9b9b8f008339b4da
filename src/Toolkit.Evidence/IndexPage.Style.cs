namespace Toolkit.Evidence;

/// <summary>The page's only styling, inline: no fonts, images or sheets to fetch.</summary>
internal static partial class IndexPage
{
    private const string Style = """

body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; margin: 0 auto; max-width: 1200px; padding: 0 24px 48px; background: #fff; }
header { border-bottom: 3px solid #0969da; padding: 16px 0 8px; margin-bottom: 8px; }
h1 { font-size: 24px; margin: 8px 0; }
h2 { font-size: 19px; margin: 28px 0 8px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; }
h3 { font-size: 15px; margin: 16px 0 6px; color: #424a53; }
code { font: 12.5px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f6f8fa; padding: 1px 4px; border-radius: 4px; word-break: break-all; }
code.hash { font-size: 11.5px; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 8px 0; }
dl.meta dt { font-weight: 600; color: #59636e; }
dl.meta dd { margin: 0; }
p.note, p.provenance, p.none { color: #59636e; }
p.summary { font-size: 15px; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 8px; }
th, td { border: 1px solid #d0d7de; padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
section.gate { border: 1px solid #d0d7de; border-radius: 8px; padding: 4px 16px 12px; margin: 20px 0; }
section.gate h2 { border: 0; }
.badge { display: inline-block; padding: 1px 10px; border-radius: 12px; font-size: 12px; font-weight: 700; text-transform: uppercase; color: #fff; vertical-align: middle; }
.badge.pass { background: #1a7f37; }
.badge.warn { background: #9a6700; }
.badge.fail { background: #cf222e; }
.badge.error { background: #6e1b1b; }
.ok { color: #1a7f37; font-weight: 600; }
.bad { color: #cf222e; font-weight: 600; }
pre { white-space: pre-wrap; word-break: break-word; background: #f6f8fa; padding: 8px; border-radius: 6px; }
details summary { cursor: pointer; color: #0969da; margin: 8px 0; }

""";
}
