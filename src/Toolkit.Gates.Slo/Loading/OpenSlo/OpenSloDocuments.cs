using Toolkit.Core.Configuration;

namespace Toolkit.Gates.Slo.Loading.OpenSlo;

/// <summary>
/// The OpenSLO documents of one file by kind and name, so SLOs can reference SLIs (<c>indicatorRef</c>) and DataSources
/// (<c>metricSourceRef</c>) declared anywhere in it. Every kind is validated field by field: unknown fields are errors
/// naming the field and its line, as OpenSLO's validator reports them.
/// </summary>
internal sealed class OpenSloDocuments
{
    public static readonly string[] Kinds = ["SLO", "SLI", "DataSource", "AlertPolicy", "AlertCondition", "AlertNotificationTarget", "Service"];

    private readonly Dictionary<string, SectionReader> sliDocuments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OpenSloIndicator?> parsedSlis = new(StringComparer.Ordinal);

    public Dictionary<string, SectionReader> DataSources { get; } = new(StringComparer.Ordinal);

    /// <summary>Registers a v1 document by kind (all of them, before any SLO is read).</summary>
    public void Register(SectionReader document, string kind)
    {
        var name = document.Mapping("metadata")?.String("name");
        if (name is null)
        {
            return;
        }

        var target = kind switch { "SLI" => sliDocuments, "DataSource" => DataSources, _ => null };
        if (target is not null && !target.TryAdd(name, document))
        {
            document.Report(document.Node, $"{kind} '{name}' is declared twice in this file; names must be unique.");
        }
    }

    /// <summary>The parsed SLI document named <paramref name="name"/> (validated once), or null when there is none or it is invalid.</summary>
    public OpenSloIndicator? Sli(string name)
    {
        if (parsedSlis.TryGetValue(name, out var parsed))
        {
            return parsed;
        }

        if (!sliDocuments.TryGetValue(name, out var document))
        {
            return null;
        }

        var spec = document.Mapping("spec");
        parsed = spec is null ? null : OpenSloIndicatorReader.Read(name, spec, DataSources);
        parsedSlis[name] = parsed;
        return parsed;
    }

    /// <summary>Validates a document that is not an SLO (SLIs are parsed, the others checked field by field).</summary>
    public void Validate(SectionReader document, string kind)
    {
        var (name, _, _) = Metadata(document);
        var spec = document.Mapping("spec");
        document.Finish();
        if (spec is null)
        {
            document.Report(document.Node, $"{kind} '{name}' has no spec.");
            return;
        }

        switch (kind)
        {
            case "SLI":
                if (!parsedSlis.ContainsKey(name))
                {
                    parsedSlis[name] = OpenSloIndicatorReader.Read(name, spec, DataSources);
                }

                return;
            case "DataSource":
                spec.String("description");
                spec.RequiredString("type");
                spec.Raw("connectionDetails");
                break;
            case "AlertPolicy":
                AlertPolicySpec(spec);
                break;
            case "AlertCondition":
                AlertConditionSpec(spec);
                break;
            case "AlertNotificationTarget":
                spec.String("description");
                spec.RequiredString("target");
                break;
            default:
                spec.String("description");
                break;
        }

        spec.Finish();
    }

    /// <summary>An item of an SLO's <c>alertPolicies</c>: an <c>alertPolicyRef</c> or an inline AlertPolicy.</summary>
    public void ValidateAlertPolicyItem(SectionReader item)
    {
        if (item.Has("alertPolicyRef"))
        {
            item.RequiredString("alertPolicyRef");
            item.Finish();
            return;
        }

        InlineDocument(item, "AlertPolicy", AlertPolicySpec);
    }

    /// <summary><c>metadata</c>: a required name, optional displayName, labels (string or list values) and annotations.</summary>
    public static (string Name, IReadOnlyDictionary<string, string> Labels, IReadOnlyDictionary<string, string> Annotations) Metadata(SectionReader document)
    {
        var metadata = document.Mapping("metadata");
        if (metadata is null)
        {
            document.Report(document.Node, "'metadata' with a name is required here.");
            return ("unnamed", new Dictionary<string, string>(), new Dictionary<string, string>());
        }

        var name = metadata.RequiredString("name");
        metadata.String("displayName");
        var labels = metadata.Labels("labels");
        var annotations = metadata.StringMap("annotations");
        metadata.Finish();
        return (name.Length == 0 ? "unnamed" : name, labels, annotations);
    }

    private void AlertPolicySpec(SectionReader spec)
    {
        spec.String("description");
        spec.Bool("alertWhenNoData", false);
        spec.Bool("alertWhenResolved", false);
        spec.Bool("alertWhenBreaching", false);
        var conditions = spec.MappingList("conditions");
        if (conditions.Count > 1)
        {
            spec.ReportAt("conditions", "an AlertPolicy takes exactly one condition (OpenSLO).");
        }

        foreach (var condition in conditions)
        {
            RefOrInline(condition, "conditionRef", "AlertCondition", AlertConditionSpec);
        }

        foreach (var target in spec.MappingList("notificationTargets"))
        {
            RefOrInline(target, "targetRef", "AlertNotificationTarget", t =>
            {
                t.String("description");
                t.RequiredString("target");
            });
        }
    }

    private static void AlertConditionSpec(SectionReader spec)
    {
        spec.String("description");
        spec.RequiredString("severity");
        var condition = spec.Mapping("condition");
        if (condition is null)
        {
            spec.Report(spec.Node, "'condition' is required here.");
            return;
        }

        condition.Choice("kind", "burnrate", "burnrate");
        condition.Choice("op", "lte", "lte", "gte", "lt", "gt");
        condition.Double("threshold", 0);
        OpenSloWindow.Read(condition, "lookbackWindow");
        OpenSloWindow.Read(condition, "alertAfter");
        condition.Finish();
    }

    private void RefOrInline(SectionReader item, string refKey, string kind, Action<SectionReader> validateSpec)
    {
        if (item.Has(refKey))
        {
            item.RequiredString(refKey);
            item.Finish();
            return;
        }

        InlineDocument(item, kind, validateSpec);
    }

    private static void InlineDocument(SectionReader item, string kind, Action<SectionReader> validateSpec)
    {
        var declared = item.String("kind");
        if (declared is not null && declared != kind)
        {
            item.ReportAt("kind", $"expected an inline {kind} here, not '{declared}'.");
        }

        item.String("apiVersion");
        Metadata(item);
        if (item.Mapping("spec") is { } spec)
        {
            validateSpec(spec);
            spec.Finish();
        }
        else
        {
            item.Report(item.Node, $"an inline {kind} needs a spec.");
        }
    }
}
