using Microsoft.AspNetCore.Http;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Tests.Infrastructure;

public sealed class BadRequestErrorsTests
{
    [Theory]
    [InlineData("Failed to bind parameter \"int take\" from \"many\".", "The parameter take should be a whole number; \"many\" is not.")]
    [InlineData("Failed to bind parameter \"Nullable<DateTime> from\" from \"May\".", "The parameter from should be a date and time such as 2026-05-04T10:00:00Z; \"May\" is not.")]
    [InlineData("Failed to bind parameter \"bool? flag\" from \"sure\".", "The parameter flag should be true or false; \"sure\" is not.")]
    [InlineData("Required parameter \"Thing body\" was not provided from body.", "The request body is empty: send a JSON object.")]
    [InlineData("Request body too large.", "Request body too large.")]
    public void Describe_FrameworkRefusal_SaysWhatToSend(string message, string expected)
    {
        Assert.Equal(expected, BadRequestErrors.Describe(new BadHttpRequestException(message), null));
    }
}
