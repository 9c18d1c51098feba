namespace Lodestar.Portal.Client.Features.Privacy.Deletions;

/// <summary>The identifier types a person can be erased by, as the API names them, with what people call them.</summary>
public static class DeletionIdentifierTypes
{
    public static IReadOnlyList<(string Type, string Label)> All { get; } =
    [
        ("email", "Email"), ("phone", "Phone"), ("userId", "User id"), ("anonymousId", "Anonymous id"), ("crmContactId", "CRM contact id"), ("deviceId", "Device id"),
    ];

    /// <summary>The API's name for an identity-graph type (<c>user_id</c> → <c>userId</c>); custom types keep theirs.</summary>
    public static string FromGraph(string type) => type switch
    {
        "user_id" => "userId",
        "anonymous_id" => "anonymousId",
        "crm_contact_id" => "crmContactId",
        "device_id" => "deviceId",
        _ => type,
    };
}
