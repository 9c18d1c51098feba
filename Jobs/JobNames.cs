namespace Lodestar.Jobs;

/// <summary>The names under which jobs are run through <c>POST /api/jobs/{name}/run</c>.</summary>
public static class JobNames
{
    public const string DemoSeed = "demo-seed";
    public const string IdentityResolution = "identity-resolution";
    public const string IdentityRebuild = "identity-rebuild";
    public const string DuplicateSuggestions = "duplicate-suggestions";
    public const string SegmentRefresh = "segment-refresh";
    public const string Economics = "economics";
    public const string DestinationSync = "destination-sync";
    public const string PrivacyDeletion = "privacy-deletion";
    public const string Retention = "retention";
}
