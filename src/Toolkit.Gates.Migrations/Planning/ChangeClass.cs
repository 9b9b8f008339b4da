using System.Text.Json.Serialization;

namespace Toolkit.Gates.Migrations.Planning;

/// <summary>Expand/contract classification of a migration.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChangeClass>))]
internal enum ChangeClass
{
    /// <summary>Neither: settings, data-only statements, comments.</summary>
    [JsonStringEnumMemberName("neutral")]
    Neutral,

    /// <summary>Additive: old code keeps working.</summary>
    [JsonStringEnumMemberName("expand")]
    Expand,

    /// <summary>Removes or narrows something old code may still use.</summary>
    [JsonStringEnumMemberName("contract")]
    Contract,

    /// <summary>Both in one migration.</summary>
    [JsonStringEnumMemberName("mixed")]
    Mixed,
}
