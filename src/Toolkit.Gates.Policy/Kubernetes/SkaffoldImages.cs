using Toolkit.Core.IO;
using YamlDotNet.Core;

namespace Toolkit.Gates.Policy.Kubernetes;

/// <summary>
/// The images skaffold builds (<c>build.artifacts[].image</c> of skaffold.yaml at the root, also under profiles):
/// skaffold replaces them in the manifests with the built image by digest, so <c>image: adservice</c> there is a
/// placeholder, not an untagged reference.
/// </summary>
internal static class SkaffoldImages
{
    public static IReadOnlySet<string> Read(string root)
    {
        var images = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in (string[])["skaffold.yaml", "skaffold.yml"])
        {
            var path = Path.Combine(root, name);
            if (!File.Exists(path))
            {
                continue;
            }

            var stream = new YamlStream();
            if (UserFiles.ReadLooseText(path, name).Text is not { } text)
            {
                continue; // checked (and reported as unreadable) like any other YAML file
            }

            try
            {
                stream.Load(new StringReader(text));
            }
            catch (YamlException)
            {
                continue; // checked (and reported) like any other YAML file
            }

            foreach (var document in stream.Documents)
            {
                var builds = document.RootNode.Get("profiles").Items().Select(p => p.Get("build")).Prepend(document.RootNode.Get("build"));
                images.UnionWith(builds.SelectMany(b => b.Get("artifacts").Items()).Select(a => a.Text("image")).OfType<string>());
            }
        }

        return images;
    }
}
