using Lodestar.Domain.Paths;
using Lodestar.Domain.Segments.Rules;

namespace Lodestar.Domain.Tests.Paths;

public sealed class PathQueryValidatorTests
{
    private static readonly PathQuery Valid = PathScenario.Query();

    [Fact]
    public void Validate_ValidQuery_HasNoErrors() => Assert.Empty(PathQueryValidator.Validate(Valid));

    [Fact]
    public void Validate_EveryFieldWrong_NamesEachByItsJsonPath()
    {
        var query = Valid with
        {
            Event = " ",
            Depth = 6,
            TopN = 0,
            From = new DateOnly(2026, 3, 5),
            To = new DateOnly(2026, 3, 4),
            Filters = [new PropertyFilter("", new ValueTest(RuleValueType.String, RuleOperator.Equals, "x"))],
        };

        var errors = PathQueryValidator.Validate(query);

        Assert.Equal(["depth", "event", "filters[0].property", "to", "topN"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Check_RangeLongerThanTwoYears_Throws()
    {
        var error = Assert.Throws<DomainValidationException>(() => PathQueryValidator.Check(Valid with { To = Valid.From.AddDays(731) }));

        Assert.Contains("731 days", error.Errors["to"][0], StringComparison.Ordinal);
    }
}
