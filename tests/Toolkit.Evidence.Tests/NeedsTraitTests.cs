using Toolkit.Testing.Needs;

namespace Toolkit.Evidence.Tests;

/// <summary>Tests that start PostgreSQL, Prometheus or Chromium carry the Needs trait, so the fast filter leaves them out.</summary>
public sealed class NeedsTraitTests : NeedsTraitCheck;
