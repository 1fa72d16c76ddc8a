/**
 * Danish first and last names for the demo. "Mette" is deliberately left out of the random
 * pool: the demo places exactly two Mettes by hand (see demo-people.ts).
 */

const words = (text: string): readonly string[] => text.split(' ');

export const FEMALE_FIRST_NAMES: readonly string[] = words(
  'Anne Kirsten Hanne Susanne Lene Maria Marianne Camilla Pia Louise Charlotte Tina ' +
    'Helle Bente Gitte Inge Karina Jette Dorthe Anna Julie Sara Emma Ida Laura Line ' +
    'Rikke Heidi Trine Birgitte Vibeke Malene Stine Maja Christina Katrine Lærke ' +
    'Signe Cecilie Mia Nanna Amalie Josefine Freja Karen Grethe Ulla Lisbeth Annette ' +
    'Connie Pernille Mona Tove Winnie Janne Berit Sanne Nina Lise Eva Tanja Hanna ' +
    'Natasja Fatima Aisha Mariam Ayse Agnieszka Bodil Ellen Astrid Marlene Henriette',
);

export const MALE_FIRST_NAMES: readonly string[] = words(
  'Jens Peter Lars Michael Henrik Thomas Søren Jan Niels Anders Morten Jesper ' +
    'Martin Rasmus Christian Mads Jakob Mikkel Kasper Frederik Simon Nikolaj Brian ' +
    'Kim Bo Ole Poul Erik Torben Claus Steen Allan Kenneth René Flemming Carsten ' +
    'Kristian Emil Oliver Lucas Magnus Tobias Mathias Victor Sebastian Ahmed Mohammad ' +
    'Omar Piotr Bjarne Finn Uffe Villads Asger',
);

/** Common Danish surnames, most frequent first (the generator weights them that way). */
export const LAST_NAMES: readonly string[] = words(
  'Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen ' +
    'Jørgensen Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen ' +
    'Møller Mortensen Knudsen Jakobsen Mikkelsen Olesen Frederiksen Laursen Henriksen ' +
    'Lund Schmidt Eriksen Holm Kristiansen Clausen Simonsen Svendsen Andreasen ' +
    'Iversen Østergaard Jeppesen Vestergaard Nissen Lauridsen Kjær Jespersen Mogensen ' +
    'Skov Søndergaard Bertelsen Nørgaard Dahl Bach Krogh Ali Hussein Yilmaz Kowalski ' +
    'Ahmadi',
);

/** Place-like stems for unit names ("Plejecenter Solgården", "Børnehuset Mælkebøtten"). */
export const PLACE_STEMS: readonly string[] = words(
  'Solgården Engbo Skovly Bakkehuset Lindegården Åbjerg Fjordbo Møllehøj Egelund ' +
    'Birkely Strandly Rosenhaven Kildebakken Hybenhaven Granly Vibevej Søbredden ' +
    'Stjernen Regnbuen Mælkebøtten Solsikken Troldehøjen Spiren Myretuen Kastanjen ' +
    'Ugleredet Valmuen Kløveren Tusindfryd Skovsneglen Humlebien Lærkereden Havbrisen ' +
    'Klitten Vesterled Østerbro Nørremarken Sønderhaven Bøgely Elmegården',
);

/** Districts of the demo town, used when a unit type needs more names than stems. */
export const DISTRICTS: readonly string[] = words(
  'Nord Syd Øst Vest Midt By Land Havn Strand Skov Bakke Å',
);
