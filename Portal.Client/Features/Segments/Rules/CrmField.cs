using System.Text.Json.Serialization;

namespace Lodestar.Portal.Client.Features.Segments.Rules;

/// <summary>Mirrors the Domain's <c>CrmField</c> (the JSON names are equal; RuleJsonSyncTests keeps them so).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<CrmField>))]
public enum CrmField
{
    DealStage,
    OpenTickets,
    AccountField,
    Owner,
}
