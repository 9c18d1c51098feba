using Lodestar.Domain.Privacy.Subjects;

namespace Lodestar.Domain.Tests.Privacy.Subjects;

public sealed class IdentifierMaskerTests
{
    [Theory]
    [InlineData("email", "jane.doe@example.com", "j•••@e•••.com")]
    [InlineData("email", "x@localhost", "x•••@l•••")]
    [InlineData("phone", "+15550102233", "+•••••••••33")]
    [InlineData("user_id", "user-123456", "us•••56")]
    [InlineData("anonymous_id", "abc", "a•••")]
    [InlineData("crm_contact_id", "42", "•••")]
    public void Mask_KeepsAFewCharactersNeverTheValue(string type, string value, string expected)
    {
        var mask = IdentifierMasker.Mask(type, value);

        Assert.Equal(expected, mask);
        Assert.DoesNotContain(value, mask);
    }
}
