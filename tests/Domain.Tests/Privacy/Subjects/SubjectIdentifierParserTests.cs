using Lodestar.Domain.Identity;
using Lodestar.Domain.Privacy.Subjects;

namespace Lodestar.Domain.Tests.Privacy.Subjects;

public sealed class SubjectIdentifierParserTests
{
    [Theory]
    [InlineData("email", " Ada@Example.COM ", "email", "ada@example.com")]
    [InlineData("phone", "(555) 010-2233", "phone", "+15550102233")]
    [InlineData("userId", "u-1", "user_id", "u-1")]
    [InlineData("user_id", "u-1", "user_id", "u-1")]
    [InlineData("anonymousId", "a-1", "anonymous_id", "a-1")]
    [InlineData("crmContactId", " 42 ", "crm_contact_id", "42")]
    [InlineData("deviceId", "d-1", "device_id", "d-1")]
    public void Parse_TypeNamesOfTheApiAndTheGraph_NormalisedLikeIdentity(string type, string value, string expectedType, string expectedValue)
    {
        Assert.Equal(new IdentifierKey(expectedType, expectedValue), SubjectIdentifierParser.Parse(type, value, IdentityRules.Default));
    }

    [Theory]
    [InlineData(null, "x", "identifierType", "Give the identifier type")]
    [InlineData("shoe size", "x", "identifierType", "is not an identifier type")]
    [InlineData("email", " ", "value", "Give the email")]
    [InlineData("phone", "call me", "value", "is not a phone number")]
    [InlineData("email", "test@test.com", "value", "identifies nobody")]
    [InlineData("crmContactId", "C-42", "value", "is a number")]
    public void Parse_Unusable_ProblemNamesTheField(string? type, string value, string field, string message)
    {
        var problem = Assert.Throws<DomainValidationException>(() => SubjectIdentifierParser.Parse(type, value, IdentityRules.Default));

        Assert.Contains(message, Assert.Single(problem.Errors[field]));
    }
}
