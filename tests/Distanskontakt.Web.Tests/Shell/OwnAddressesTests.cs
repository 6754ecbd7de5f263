using Distanskontakt.Web.Components.Shared;

namespace Distanskontakt.Web.Tests.Shell;

/// <summary>The wizard's own address reports, which arrive a round trip late, are told from other navigations.</summary>
public sealed class OwnAddressesTests
{
    private const string First = "http://localhost/registrera?system=pasis";
    private const string Second = "http://localhost/registrera?system=pasis&channel=phone";

    [Fact]
    public void ShouldRecogniseAnAddressItProducedOnce()
    {
        var own = new OwnAddresses();
        own.Produced(First);

        Assert.True(own.IsOwn(First));
        Assert.False(own.IsOwn(First)); // now a link or the search going there again, which must be applied
    }

    [Fact]
    public void ShouldSettleEarlierAddressesWithALaterOneAndNeverTakeAnOtherAddress()
    {
        var own = new OwnAddresses();
        own.Produced(First);
        own.Produced(Second);

        Assert.False(own.IsOwn("http://localhost/registrera?system=pmo"));
        Assert.True(own.IsOwn(Second));
        Assert.False(own.IsOwn(First));
    }

    [Fact]
    public void ShouldKeepTheLatestAddressesWhenReportsAreLost()
    {
        var own = new OwnAddresses();
        for (var i = 0; i < 100; i++)
        {
            own.Produced($"{First}&n={i}");
        }

        Assert.False(own.IsOwn($"{First}&n=0"));
        Assert.True(own.IsOwn($"{First}&n=99"));
    }
}
