using System.Text.Json;
using Lodestar.Domain.Ingestion;

namespace Lodestar.Domain.Demo;

/// <summary>
/// One person's year with the demo shop, in time order: an anonymous first visit from an acquisition channel, maybe
/// a signup, activation and orders, more visits until they lose interest, some on the mobile app.
/// Everything is drawn from the person's own seeded random stream, so a person is the same on every run.
/// </summary>
internal sealed partial class DemoPersonSimulator(Random rng, DemoMessageWriter output, int index, int people, DateTime anchor)
{
    private DateTime _now;
    private bool _signedUp;
    private DateTime? _activatesAt;
    private bool _activated;
    private int _orders;
    private int _otherBrowsers;
    private DateTime _signedUpAt;

    public void Run()
    {
        var channel = PickChannel();
        var first = DemoCatalog.FirstNames[rng.Next(DemoCatalog.FirstNames.Length)];
        var last = DemoCatalog.LastNames[rng.Next(DemoCatalog.LastNames.Length)];
        output.AnonymousId = NewGuid().ToString();
        output.Ip = $"{rng.Next(11, 223)}.{rng.Next(256)}.{rng.Next(256)}.{rng.Next(1, 255)}";
        output.UserAgent = DemoCatalog.UserAgents[rng.Next(DemoCatalog.UserAgents.Length)];
        // Skewed towards recent months: the shop is growing.
        _now = anchor.AddDays(-365 * Math.Pow(rng.NextDouble(), 1.3)).AddMinutes(-rng.Next(24 * 60));

        var willSignUp = rng.NextDouble() < channel.SignupRate;
        var willActivate = willSignUp && rng.NextDouble() < 0.65;
        var buyer = willActivate && rng.NextDouble() < channel.PurchaseRate;
        var signupSession = willSignUp ? (rng.NextDouble() < 0.5 ? 0 : 1 + rng.Next(4)) : -1;
        var usesApp = willSignUp && rng.NextDouble() < 0.2;
        var phone = (NewGuid().ToString("N")[..16], rng.NextDouble() < 0.6 ? "ios" : "android");
        // Visits per week and the chance of not coming back after each visit.
        var visitsPerWeek = willSignUp ? 0.5 + Exponential(1.5) : 0.3;
        var churn = buyer ? 0.015 : willSignUp ? 0.03 : 0.3;

        output.Campaign = channel;
        output.CampaignName = channel.Campaigns.Length > 0 ? channel.Campaigns[rng.Next(channel.Campaigns.Length)] : null;
        for (var session = 0; _now <= anchor; session++)
        {
            if (session == signupSession)
                SignUp(first, last, channel, willActivate);
            var onApp = usesApp && _signedUp && rng.NextDouble() < 0.4;
            output.Device = onApp ? phone : null;
            if (_signedUp && !onApp && _otherBrowsers < 2 && rng.NextDouble() < 0.06)
                BrowseThenLogInOnAnotherBrowser(channel);
            Visit(session == 0 ? channel.Referrer : null, buyer, channel);
            output.Campaign = null;
            output.CampaignName = null;
            if (rng.NextDouble() < churn)
                break;
            _now = _now.AddDays(7 * Exponential(1 / visitsPerWeek)).AddMinutes(rng.Next(-90, 90));
        }

        MaybeFillFormAtWork(first, last, _signedUpAt);
    }

    private void SignUp(string first, string last, DemoChannel channel, bool willActivate)
    {
        var userId = $"user-{index:D7}";
        var email = $"{first}.{last}{index}@{DemoCatalog.EmailDomains[rng.Next(DemoCatalog.EmailDomains.Length)]}".ToLowerInvariant();
        var plan = DemoCatalog.Plans[rng.Next(DemoCatalog.Plans.Length)];
        var country = DemoCatalog.Countries[rng.Next(DemoCatalog.Countries.Length)];
        var at = Tick(30);
        var anonymousId = output.AnonymousId;
        output.UserId = userId;
        output.Identify(at, t =>
        {
            t.WriteString("email", email);
            t.WriteString("firstName", first);
            t.WriteString("lastName", last);
            t.WriteString("plan", plan);
            t.WriteString("createdAt", JsonValues.Iso(at));
            t.WriteString("birthday", Place.Birthday);
            t.WriteStartObject("address");
            WriteHome(t, shortStreet: false);
            t.WriteString("country", country);
            t.WriteEndObject();
        });
        output.Track(Tick(2), "Signed Up", p =>
        {
            p.WriteString("method", rng.NextDouble() < 0.7 ? "email" : "google");
            p.WriteString("plan", plan);
            p.WriteString("channel", channel.Name);
        });
        if (rng.NextDouble() < 0.1)
            output.Alias(Tick(1), anonymousId);
        if (rng.NextDouble() < 0.25)
        {
            var company = rng.Next(Math.Max(1, people / 20));
            output.Group(Tick(5), $"acct-{company:D5}", t =>
            {
                t.WriteString("name", $"Company {company:D5}");
                t.WriteString("industry", DemoCatalog.Industries[company % DemoCatalog.Industries.Length]);
                t.WriteNumber("employees", 5 + company % 500);
            });
        }

        _signedUp = true;
        _signedUpAt = at;
        _activatesAt = willActivate ? at.AddHours(1 + Exponential(72)) : null;
    }

    /// <summary>
    /// A new browser (work laptop, phone browser): anonymous pages first, then a login that ties the two together,
    /// which identity resolution records as a merge.
    /// </summary>
    private void BrowseThenLogInOnAnotherBrowser(DemoChannel channel)
    {
        var userId = output.UserId;
        _otherBrowsers++;
        output.AnonymousId = NewGuid().ToString();
        output.UserId = null;
        Visit(null, buyer: false, channel);
        output.UserId = userId;
        var at = Tick(60);
        output.Identify(at, t => t.WriteString("lastLoginAt", JsonValues.Iso(at)));
    }

    private void Visit(string? referrer, bool buyer, DemoChannel channel)
    {
        var views = 1 + rng.Next(5);
        for (var v = 0; v < views; v++)
        {
            var (path, title) = DemoCatalog.Pages[v == 0 && referrer is not null ? 0 : rng.Next(DemoCatalog.Pages.Length)];
            if (output.Device is not null)
                output.Screen(Tick(40), title);
            else
                output.Page(Tick(40), path, title, v == 0 ? referrer : null);
            if (rng.NextDouble() < 0.55)
                ViewProduct();
        }

        if (_signedUp && !_activated && _activatesAt <= _now)
        {
            _activated = true;
            output.Track(Tick(20), "Account Activated", p => p.WriteString("feature", "first_collection_created"));
        }

        if (buyer && _activated && rng.NextDouble() < (_orders == 0 ? 0.7 : 0.3))
            Order(channel);
    }

    private DemoChannel PickChannel()
    {
        var u = rng.NextDouble();
        foreach (var channel in DemoCatalog.Channels)
        {
            if ((u -= channel.Share) < 0)
                return channel;
        }

        return DemoCatalog.Channels[^1];
    }

    /// <summary>Moves the clock on by up to <paramref name="maxSeconds"/>, never past the anchor.</summary>
    private DateTime Tick(int maxSeconds)
    {
        _now = _now.AddSeconds(1 + rng.Next(maxSeconds)).AddMilliseconds(rng.Next(1000));
        if (_now > anchor)
            _now = anchor;
        return _now;
    }

    private double Exponential(double mean) => -mean * Math.Log(1 - rng.NextDouble());

    private Guid NewGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        rng.NextBytes(bytes);
        return new Guid(bytes);
    }
}
