using Lodestar.Portal.Client.Features.Segments.Rules;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Segments.Builder;

/// <summary>The kinds of condition the builder adds: how each is named and drawn, and what a new one starts as.</summary>
public sealed record ConditionKind(string Key, string Label, string Icon, Type Type, Func<RuleNodeDto> New)
{
    public static IReadOnlyList<ConditionKind> All { get; } =
    [
        Kind<TraitConditionDto>("trait", "Trait", Icons.Material.Filled.Badge),
        Kind<EventConditionDto>("event", "Event performed", Icons.Material.Filled.Bolt),
        Kind<ComputedConditionDto>("computed", "Computed value", Icons.Material.Filled.Functions),
        Kind<CrmConditionDto>("crm", "CRM", Icons.Material.Filled.Handshake),
        Kind<MembershipConditionDto>("membership", "Segment membership", Icons.Material.Filled.Groups),
        Kind<ConsentConditionDto>("consent", "Consent", Icons.Material.Filled.VerifiedUser),
    ];

    public static ConditionKind Of(RuleNodeDto node) => All.First(k => k.Type == node.GetType());

    private static ConditionKind Kind<T>(string key, string label, string icon) where T : RuleNodeDto, new() =>
        new(key, label, icon, typeof(T), () => new T());
}
