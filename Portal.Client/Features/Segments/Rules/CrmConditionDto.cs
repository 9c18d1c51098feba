namespace Lodestar.Portal.Client.Features.Segments.Rules;

/// <summary>A test on the linked CRM contact: a deal in a stage, open tickets, an account field, the owner.</summary>
public sealed class CrmConditionDto : RuleNodeDto
{
    public CrmField Field { get; set; } = CrmField.DealStage;

    public long? StageId { get; set; }

    public string? AccountField { get; set; }

    public ValueTestDto? Test { get; set; }
}
