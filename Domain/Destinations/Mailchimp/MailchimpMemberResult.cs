namespace Lodestar.Domain.Destinations.Mailchimp;

/// <summary>What became of one member's request.</summary>
/// <param name="Error">Null when sent; else Mailchimp's refusal of this member, or (with <paramref name="StopsBatch"/>) of the whole batch.</param>
/// <param name="StopsBatch">Not about this member (a wrong key, a missing list, an outage after the retries): the rest of the batch is not sent.</param>
public readonly record struct MailchimpMemberResult(string? Error, bool StopsBatch)
{
    public static MailchimpMemberResult Sent => default;
}
