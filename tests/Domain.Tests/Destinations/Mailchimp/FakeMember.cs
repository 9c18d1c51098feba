namespace Lodestar.Domain.Tests.Destinations.Mailchimp;

public sealed record FakeMember(string EmailAddress, string Status, IReadOnlyDictionary<string, string> MergeFields);
