namespace Lodestar.Domain.Audit;

/// <summary>The actions the audit log records, <c>area.verb</c>; a feature that records a new one adds it here.</summary>
public static class AuditActions
{
    public const string SignIn = "auth.sign-in";
    public const string SignInFailed = "auth.sign-in-failed";
    public const string SignOut = "auth.sign-out";

    public const string UserCreated = "user.created";
    public const string UserRoleChanged = "user.role-changed";
    public const string UserDisabled = "user.disabled";
    public const string UserEnabled = "user.enabled";
    public const string UserPasswordReset = "user.password-reset";
    public const string UserDeleted = "user.deleted";

    public const string ApiKeyCreated = "apikey.created";
    public const string ApiKeyRevoked = "apikey.revoked";

    public const string SegmentCreated = "segment.created";
    public const string SegmentUpdated = "segment.updated";
    public const string SegmentDeleted = "segment.deleted";
    public const string SegmentMembersExported = "segment.members-exported";

    public const string DestinationCreated = "destination.created";
    public const string DestinationUpdated = "destination.updated";
    public const string DestinationDeleted = "destination.deleted";
    public const string DestinationResumed = "destination.resumed";
    public const string DestinationSegmentConnected = "destination.segment-connected";
    public const string DestinationConnectionUpdated = "destination.connection-updated";
    public const string DestinationSegmentDisconnected = "destination.segment-disconnected";
    public const string DestinationSyncStarted = "destination.sync-started";
    public const string DestinationReplayStarted = "destination.replay-started";

    public const string IdentityRulesChanged = "identity.rules-changed";
    public const string ConsentCategoriesChanged = "consent.categories-changed";
    public const string PiiRulesChanged = "privacy.pii-rules-changed";
    public const string DeletionRequested = "privacy.deletion-requested";
    public const string DeletionCompleted = "privacy.deletion-completed";
    public const string DeletionFailed = "privacy.deletion-failed";
    public const string Unsuppressed = "privacy.unsuppressed";
    public const string SubjectExported = "privacy.subject-exported";
    public const string RetentionChanged = "privacy.retention-changed";

    public static IReadOnlyList<string> All { get; } =
    [
        SignIn, SignInFailed, SignOut,
        UserCreated, UserRoleChanged, UserDisabled, UserEnabled, UserPasswordReset, UserDeleted,
        ApiKeyCreated, ApiKeyRevoked,
        SegmentCreated, SegmentUpdated, SegmentDeleted, SegmentMembersExported,
        DestinationCreated, DestinationUpdated, DestinationDeleted, DestinationResumed, DestinationSegmentConnected,
        DestinationConnectionUpdated, DestinationSegmentDisconnected, DestinationSyncStarted, DestinationReplayStarted,
        IdentityRulesChanged, ConsentCategoriesChanged, PiiRulesChanged,
        DeletionRequested, DeletionCompleted, DeletionFailed, Unsuppressed, SubjectExported, RetentionChanged,
    ];
}
