namespace Lodestar.Domain.Identity;

/// <summary>The built-in identifier types (Segment Unify's names).</summary>
public static class IdentifierTypes
{
    public const string UserId = "user_id";
    public const string Email = "email";
    public const string Phone = "phone";
    public const string DeviceId = "device_id";
    public const string AnonymousId = "anonymous_id";

    public static bool IsBuiltIn(string type) => type is UserId or Email or Phone or DeviceId or AnonymousId;
}
