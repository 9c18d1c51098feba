namespace Lodestar.Domain.Segments.Rules;

/// <summary>
/// A test on the CRM contact linked to the profile (through the contact's <c>crm_contact_id</c> identifier).
/// A profile linked to several contacts passes when any of them does.
/// </summary>
public sealed record CrmCondition(CrmField Field, long? StageId = null, string? AccountField = null, ValueTest? Test = null) : RuleNode;
