using System.Text.Json;

namespace Toolkit.Testing.JsonSchema;

/// <summary>A schema and the base URI its relative references resolve against.</summary>
internal readonly record struct SchemaNode(JsonElement Schema, Uri BaseUri);
