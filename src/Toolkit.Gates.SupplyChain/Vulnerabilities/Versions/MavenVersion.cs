using System.Globalization;
using System.Numerics;

namespace Toolkit.Gates.SupplyChain.Vulnerabilities.Versions;

/// <summary>
/// Maven's <c>ComparableVersion</c> ordering: items split on <c>.</c>, <c>-</c> and digit/letter changes (a <c>-</c> or a
/// change opens a sub-list); known qualifiers order <c>alpha &lt; beta &lt; milestone &lt; rc &lt; snapshot &lt; "" (ga,
/// final, release) &lt; sp</c>, other words after them alphabetically; numbers sort after words; trailing zeros and
/// release words are dropped (<c>1.0.0 == 1 == 1-ga</c>). Items are numbers (<see cref="BigInteger"/>), qualifiers
/// (<see cref="string"/>) or sub-lists (<see cref="List{T}"/>).
/// </summary>
internal static class MavenVersion
{
    private static readonly string[] Qualifiers = ["alpha", "beta", "milestone", "rc", "snapshot", "", "sp"];
    private static readonly string ReleaseRank = Array.IndexOf(Qualifiers, string.Empty).ToString(CultureInfo.InvariantCulture);

    public static int Compare(string a, string b) => CompareItems(Parse(a), Parse(b));

    internal static List<object> Parse(string text)
    {
        var version = text.Trim().ToLowerInvariant();
        var root = new List<object>();
        var list = root;
        var stack = new Stack<List<object>>([root]);
        var isDigit = false;
        var start = 0;
        for (var i = 0; i < version.Length; i++)
        {
            var c = version[i];
            if (c == '.' || c == '-')
            {
                list.Add(i == start ? BigInteger.Zero : Item(isDigit, version[start..i], false));
                start = i + 1;
                if (c == '-')
                {
                    list = Open(list, stack);
                }
            }
            else if (char.IsAsciiDigit(c))
            {
                if (!isDigit && i > start)
                {
                    list.Add(Item(false, version[start..i], true));
                    start = i;
                    list = Open(list, stack);
                }

                isDigit = true;
            }
            else
            {
                if (isDigit && i > start)
                {
                    list.Add(Item(true, version[start..i], false));
                    start = i;
                    list = Open(list, stack);
                }

                isDigit = false;
            }
        }

        if (version.Length > start)
        {
            list.Add(Item(isDigit, version[start..], false));
        }

        while (stack.Count > 0)
        {
            Normalize(stack.Pop());
        }

        return root;
    }

    private static List<object> Open(List<object> parent, Stack<List<object>> stack)
    {
        var child = new List<object>();
        parent.Add(child);
        stack.Push(child);
        return child;
    }

    private static object Item(bool digits, string text, bool followedByDigit)
    {
        if (digits)
        {
            return BigInteger.Parse(text, CultureInfo.InvariantCulture);
        }

        if (followedByDigit && text.Length == 1)
        {
            text = text switch { "a" => "alpha", "b" => "beta", "m" => "milestone", _ => text };
        }

        return text switch { "ga" or "final" or "release" => string.Empty, "cr" => "rc", _ => text };
    }

    private static void Normalize(List<object> list)
    {
        for (var i = list.Count - 1; i >= 0; i--)
        {
            if (IsNull(list[i]))
            {
                list.RemoveAt(i);
            }
            else if (list[i] is not List<object>)
            {
                break;
            }
        }
    }

    private static bool IsNull(object item) => item switch
    {
        BigInteger n => n.IsZero,
        string s => s.Length == 0,
        List<object> l => l.Count == 0,
        _ => false,
    };

    private static string Rank(string qualifier) =>
        Array.IndexOf(Qualifiers, qualifier) is var i && i >= 0 ? i.ToString(CultureInfo.InvariantCulture) : Qualifiers.Length + "-" + qualifier;

    /// <summary>Compares an item with another or with nothing (<paramref name="other"/> null), as ComparableVersion does.</summary>
    private static int CompareItem(object item, object? other) => (item, other) switch
    {
        (BigInteger n, null) => n.IsZero ? 0 : 1,
        (BigInteger n, BigInteger m) => n.CompareTo(m),
        (BigInteger, _) => 1,
        (string s, null) => string.CompareOrdinal(Rank(s), ReleaseRank),
        (string, BigInteger) => -1,
        (string s, string t) => string.CompareOrdinal(Rank(s), Rank(t)),
        (string, _) => -1,
        (List<object> l, null) => l.Count == 0 ? 0 : CompareItem(l[0], null),
        (List<object>, BigInteger) => -1,
        (List<object>, string) => 1,
        (List<object> l, List<object> r) => CompareItems(l, r),
        _ => 0,
    };

    private static int CompareItems(List<object> left, List<object> right)
    {
        for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
        {
            var l = i < left.Count ? left[i] : null;
            var r = i < right.Count ? right[i] : null;
            var result = l is null ? (r is null ? 0 : -CompareItem(r, null)) : CompareItem(l, r);
            if (result != 0)
            {
                return result;
            }
        }

        return 0;
    }
}
