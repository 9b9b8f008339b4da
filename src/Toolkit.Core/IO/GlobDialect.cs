namespace Toolkit.Core.IO;

/// <summary>Which glob syntax <see cref="GlobRegex"/> reads.</summary>
public enum GlobDialect
{
    /// <summary>Config globs (waivers, excludes): <c>{a,b}</c> alternates, <c>**/</c> is any folders, backslash is a path separator.</summary>
    Config,

    /// <summary>.gitignore and CODEOWNERS patterns: <c>[abc]</c> sets, backslash escapes, <c>**</c> spans folders only as a whole segment.</summary>
    GitIgnore,
}
