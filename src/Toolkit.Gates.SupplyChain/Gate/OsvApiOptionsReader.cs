using Toolkit.Core.Configuration;
using Toolkit.Gates.SupplyChain.Vulnerabilities.Api;
using YamlDotNet.RepresentationModel;

namespace Toolkit.Gates.SupplyChain.Gate;

/// <summary>Binds <c>osv_api</c>: a mapping of settings, or <c>true</c>/<c>false</c> for the defaults; null when absent.</summary>
internal static class OsvApiOptionsReader
{
    private const string Key = "osv_api";

    public static OsvApiOptions? Read(SectionReader section)
    {
        var defaults = new OsvApiOptions();
        if (section.Raw(Key) is YamlScalarNode { Value: { Length: > 0 } value } && value is not ("~" or "null"))
        {
            return defaults with { Enabled = section.Bool(Key, false) };
        }

        var api = section.Mapping(Key);
        if (api is null)
        {
            return null;
        }

        var options = new OsvApiOptions
        {
            Enabled = api.Bool("enabled", defaults.Enabled),
            Url = Url(api) ?? defaults.Url,
            CacheDirectory = api.String("cache") ?? defaults.CacheDirectory,
            Ttl = api.Duration("ttl", defaults.Ttl),
            Offline = api.Bool("offline", defaults.Offline),
            Budget = api.Duration("budget", defaults.Budget),
            Concurrency = api.Int("concurrency", defaults.Concurrency, min: 1, max: 64),
        };
        api.Finish();
        return options;
    }

    private static Uri? Url(SectionReader api)
    {
        var text = api.String("url");
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
        {
            return url;
        }

        api.ReportAt("url", $"'url' must be an absolute http(s) URL such as {OsvApiOptions.DefaultUrl}, not '{text}'.");
        return null;
    }
}
