// Who met whom where: every pair of attendees of every meeting or call,
// with the place's name when the store knows one. Each article states a fact
// in its own quad, so traversals use Unique() to see each node once.
var rdfType = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
var attendee = "<http://schema.org/attendee>";
var name = "<http://schema.org/name>";
g.V("<http://schema.org/Event>").In(rdfType).Unique().ForEach(function (e) {
  var who = g.V(e.id).Out(attendee).Unique().Out(name).ToArray().sort();
  var where = g.V(e.id).Out("<http://schema.org/location>").Out(name).ToValue();
  for (var i = 0; i < who.length; i++)
    for (var j = i + 1; j < who.length; j++)
      g.Emit({a: who[i], b: who[j], where: where});
});
