namespace Lodestar.Domain.Segments.Evaluation;

/// <summary>
/// A profile's <c>crm_contact_id</c> identifier. <see cref="ContactId"/> is the identifier's text as stored: it links
/// the contact whose id is written the same way (the query compares text, so "007" links no contact 7).
/// </summary>
public sealed record ContactLinkFact(long ProfileId, string ContactId);
