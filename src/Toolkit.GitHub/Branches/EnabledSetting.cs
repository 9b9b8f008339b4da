namespace Toolkit.GitHub.Branches;

/// <summary>A protection setting GitHub returns as <c>{ "enabled": true }</c>.</summary>
public sealed record EnabledSetting(bool Enabled);
