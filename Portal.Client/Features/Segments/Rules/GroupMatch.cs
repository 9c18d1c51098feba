using System.Text.Json.Serialization;

namespace Lodestar.Portal.Client.Features.Segments.Rules;

/// <summary>Mirrors the Domain's <c>GroupMatch</c> (the JSON names are equal; RuleJsonSyncTests keeps them so).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<GroupMatch>))]
public enum GroupMatch
{
    All,
    Any,
    None,
}
