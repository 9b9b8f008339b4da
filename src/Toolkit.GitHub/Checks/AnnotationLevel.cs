namespace Toolkit.GitHub.Checks;

/// <summary>Values of <c>annotation_level</c>: <c>notice</c>, <c>warning</c>, <c>failure</c>.</summary>
public static class AnnotationLevel
{
    public const string Notice = "notice";
    public const string Warning = "warning";
    public const string Failure = "failure";
}
