namespace Toolkit.Gates.Policy.Rules;

internal static partial class PolicyRules
{
    public static readonly PolicyRule ImageSize = Rule("image/size-budget", PolicyPacks.Images, Severity.Error, "Image over its size budget", "The image is larger than its max_image_mb budget.", "Shrink the image (multi-stage build, distroless/slim base, fewer layers) or raise the budget with a reviewed change.", Toolkit + "image-size-budget");
    public static readonly PolicyRule ImageNoBudget = Rule("image/no-budget", PolicyPacks.Images, Severity.Warning, "Image has no size budget", "The image appears in the size report but no max_image_mb entry matches it.", "Add the image to max_image_mb in .github/gates.yml.", Toolkit + "image-no-budget");

    private static IReadOnlyList<PolicyRule> ImageRules => [ImageSize, ImageNoBudget];
}
