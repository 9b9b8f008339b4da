using Toolkit.Core.Waivers;

namespace Toolkit.Gates.Policy.Images;

/// <summary>
/// Finds the budget of an image: a key matches the repository name, or any trailing part of it
/// (<c>gateway</c> matches <c>ghcr.io/acme/gateway</c>; <c>services/*</c> matches <c>ghcr.io/acme/services/orders</c>).
/// Exact keys win over globs; among globs the first in the configuration wins.
/// </summary>
internal static class ImageBudgets
{
    public static (string Key, double Megabytes)? Find(string repository, IReadOnlyDictionary<string, double> budgets)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(budgets);
        var parts = repository.Split('/');
        var suffixes = Enumerable.Range(0, parts.Length).Select(i => string.Join('/', parts[i..])).ToList();
        foreach (var (key, mb) in budgets)
        {
            if (suffixes.Contains(key, StringComparer.Ordinal))
            {
                return (key, mb);
            }
        }

        foreach (var (key, mb) in budgets)
        {
            var glob = new Glob(key);
            if (suffixes.Any(glob.IsMatch))
            {
                return (key, mb);
            }
        }

        return null;
    }
}
