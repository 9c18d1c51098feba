using Bunit;
using Lodestar.Portal.Client.Features.Segments.Builder;
using Lodestar.Portal.Client.Features.Segments.Rules;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;

namespace Lodestar.Portal.Client.Tests.Features.Segments.Builder;

/// <summary>The builder alone, editing segment 5 over the fake schema, counting without the pause a person gets.</summary>
public abstract class BuilderTestBase : SegmentsTestBase
{
    protected IRenderedComponent<IComponent> RenderBuilder(RuleGroupDto rule, TimeSpan? delay = null, IReadOnlyDictionary<string, string[]>? serverErrors = null) =>
        RenderWithPopovers<SegmentBuilder>(("Rule", rule), ("Schema", FakeSegmentsApi.DefaultSchema), ("PreviewDelay", delay ?? NoDelay),
            ("ServerErrors", serverErrors), ("SegmentId", (long?)5));

    protected static RuleGroupDto With(params RuleNodeDto[] children) => new() { Children = [.. children] };

    protected static TraitConditionDto Age(RuleOperator op = RuleOperator.GreaterThan, string? value = "30") =>
        new() { Trait = "age", Test = new() { Type = RuleValueType.Number, Operator = op, Value = value } };

    /// <summary>Adds a condition of this kind to the group at <paramref name="group"/> with its "Add condition" menu.</summary>
    protected static void AddCondition(IRenderedComponent<IComponent> cut, string kind, string group = "rule")
    {
        cut.FindAll($"[data-path='{group}'] [data-testid='add-condition'] button").Last().Click();
        cut.WaitForElement($".mud-popover-open [data-testid='add-{kind}']", Patience).Click();
    }

    protected static string Summary(IRenderedComponent<IComponent> cut) => cut.Find("[data-testid='rule-summary']").TextContent.Trim();
}
