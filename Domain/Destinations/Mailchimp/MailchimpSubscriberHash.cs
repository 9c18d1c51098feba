using System.Security.Cryptography;
using System.Text;

namespace Lodestar.Domain.Destinations.Mailchimp;

/// <summary>Mailchimp's id of a list member: the MD5 of the lower-cased email address, as hex.</summary>
public static class MailchimpSubscriberHash
{
    // MD5 is Mailchimp's choice of key, not a protection of anything.
    public static string Of(string email) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())));
}
