using System.Text.Json.Serialization;

namespace Lodestar.Domain.Segments.Rules;

[JsonConverter(typeof(CamelCaseEnumConverter<CrmField>))]
public enum CrmField
{
    /// <summary>Has a deal in the stage <see cref="CrmCondition.StageId"/>.</summary>
    DealStage,

    /// <summary>The number of tickets not solved or closed passes the test.</summary>
    OpenTickets,

    /// <summary>A field of the contact's account passes the test.</summary>
    AccountField,

    /// <summary>The contact's owner is the user <see cref="ValueTest.Value"/>.</summary>
    Owner,
}
