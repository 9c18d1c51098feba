using Lodestar.Domain.Privacy.Pii;

namespace Lodestar.Domain.Tests.Privacy.Pii;

public sealed class PiiRuleParserTests
{
    [Fact]
    public void Parse_GoodRules_TrimmedWithActionsInAnyCase()
    {
        var rules = PiiRuleParser.Parse([new(" properties.ssn ", "drop"), new("context.traits.email", "HASH"), new("traits.phone", " Drop")]);

        Assert.Equal([("properties.ssn", PiiAction.Drop), ("context.traits.email", PiiAction.Hash), ("traits.phone", PiiAction.Drop)],
            rules.Select(r => (r.Path, r.Action)));
    }

    [Theory]
    [InlineData("", "Give the path")]
    [InlineData("ssn", "must start with properties., traits. or context.")]
    [InlineData("userId.x", "must start with properties.")]
    [InlineData("properties", "is the whole properties object")]
    [InlineData("properties..ssn", "has an empty part")]
    [InlineData("properties.ssn.", "has an empty part")]
    [InlineData("*.email", "wildcards and array indexes are not supported")]
    [InlineData("properties.items[0].email", "wildcards and array indexes are not supported")]
    [InlineData("properties.social security", "contains a space")]
    [InlineData("context.lodestar.pii", "cannot be a rule")]
    public void Parse_BadPath_NamesTheFieldWithWhatToDo(string path, string message)
    {
        var error = Assert.Throws<DomainValidationException>(() => PiiRuleParser.Parse([new("properties.ok", "drop"), new(path, "drop")]));

        Assert.Equal(["rules[1].path"], error.Errors.Keys);
        Assert.Contains(message, error.Errors["rules[1].path"][0]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("mask")]
    public void Parse_UnknownAction_NamesTheAction(string? action)
    {
        var error = Assert.Throws<DomainValidationException>(() => PiiRuleParser.Parse([new("properties.ssn", action)]));

        Assert.Equal(["rules[0].action"], error.Errors.Keys);
        Assert.Contains("use drop", error.Errors["rules[0].action"][0]);
    }

    [Fact]
    public void Parse_DuplicateAndOverlap_EachNamedWithTheEarlierRule()
    {
        var error = Assert.Throws<DomainValidationException>(() => PiiRuleParser.Parse(
        [
            new("properties.card", "drop"), new("traits.email", "hash"), new("traits.email", "drop"), new("properties.card.number", "hash"),
            new("properties.cardholder", "drop"),
        ]));

        Assert.Equal(["rules[2].path", "rules[3].path"], error.Errors.Keys.Order());
        Assert.Contains("listed twice (see rule 2)", error.Errors["rules[2].path"][0]);
        Assert.Contains("'properties.card' (rule 1) overlap", error.Errors["rules[3].path"][0]);
    }

    [Fact]
    public void Parse_NoList_AsksForOne()
    {
        var error = Assert.Throws<DomainValidationException>(() => PiiRuleParser.Parse(null));

        Assert.Equal(["rules"], error.Errors.Keys);
    }
}
