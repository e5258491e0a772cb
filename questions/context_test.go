package questions

import (
	"strings"
	"testing"
)

// TestLeansOnContext: sentences that point back to what came before are
// not asked; self-contained ones are, whatever their genre.
func TestLeansOnContext(t *testing.T) {
	leaning := []string{
		"For a few years Marshall's interests lay in philosophy rather than in economics.",
		"For a time the Albert Dock was extremely successful.",
		"A large one can be heavier than a big pet cat.",
		"The smaller ones live in dry forest on the island.",
		"A particularly striking example involves our own faces.",
		"Yosemite Valley in California, carved by glaciers in granite, has several famous examples.",
		"A short distance away, trains connect with the main-line station of Capolago.",
		"Only in 1946 did services resume.",
		"Toads lay theirs in long strings of jelly.",
		"George Wilson, a Manchester businessman, chaired its council for most of its existence.",
		"Patriotism is the most obvious theme, but it is a patriotism of people rather than of states.",
		"Cholera is the most dangerous kind.",
		"Almost all the little spotted kiwi alive today come from that small group.",
		"On the familiar Laffer curve, which plots tax revenue against the tax rate, it is the peak of the hump.",
		"The Kanem-Bornu Empire began as the kingdom of Kanem, north-east of the lake in what is now Chad.",
		"Only one river in the world carries more.",
		"Lærdal, near the inner end, is among the driest places in western Norway.",
		"At the western end stands a narthex, or entrance hall.",
		"Even the lowest-ranking female is above most of the males.",
		"Even medical and veterinary data can be affected.",
		"Askia Muhammad I returned in 1497 with new religious authority that strengthened his position.",
		"In 671 BC the Assyrians returned, won several battles and captured Memphis.",
		"Around the edges, ice is lost by surface melting and by calving into fjords.",
		"When Sennacherib died in 705 BC, several stopped paying tribute.",
		"The decisive step came with the first Kodak camera in 1888.",
		"Parliament quickly passed the necessary act.",
		"Over the sea, the extra air arriving aloft raises the surface pressure slightly.",
		"Süskind has lived very privately ever since, refusing almost all interviews and literary prizes.",
		"A variation in which pairs of yarns are woven together as one is called basket weave.",
		"The additional weight cracked the beam.",
		"On most mountain glaciers, surface melting is by far the largest.",
		"In 1804 Richard Trevithick built one.",
		"When the difference is below about 10 to 15 Hz, the ear follows each swell clearly.",
		"Trevithick built one in Wales in 1804.",
		"Of all these processes, calving is the most important.",
		"In the first, Aschenbach, tired after a morning's work in Munich, takes a walk.",
		"Reviews in 1992 were mixed but respectful.",
		"The North Sea made it the natural hub of the Hanseatic trading network.",
		"The difference lies in a property called ferromagnetism: the ability of a few materials to become strongly magnetised.",
		"Some can shear more than 300 sheep in a single day.",
		"A pair often returns to the same nest year after year, adding more sticks each time.",
		"A few joined the Qing, becoming the Albazin Cossacks at Peking.",
		"One small group lives in the St Lawrence River in Canada, much further south than most belugas go.",
		"One population winters in the Sea of Okhotsk.",
		"Graduates went on to lead nursing in hospitals across Britain and abroad.",
		"Commissioners visited pits and interviewed children, parents and managers.",
		"Some of the biggest can reach over 30 metres, about as high as a ten-storey building.",
		"Other kangaroo rats can feel and hear the thumping.",
		"Other threats include farm runoff, cyclones and starfish outbreaks.",
		"Other royal relatives rest in the nineteenth-century Pantheon of the Infantes.",
		"Best of all, a shark has a sixth sense.",
		"At about the same time, a toy bear was being developed in Germany.",
		"Our model ignores the weight of the jib.",
		"In 2020 unemployment jumped to 14.7 per cent in April as the pandemic closed businesses.",
		"The very smallest ones were in the Sargasso Sea.",
		"The word was coined in 1959 by the French biologist Pierre-Paul Grassé, who studied mound-building termites.",
		"Ammonites, coiled relatives of squid and octopus with chambered shells, are among the most famous examples.",
		"A large part of the explanation is a mechanism called stigmergy.",
		"Over many generations, people bred the best fliers and the best home-finders.",
		"The most important females often get the best spots.",
		"The most widely used measure is the Balassa index, proposed by Bela Balassa in 1965.",
		"The most important room is called the King's Chamber.",
		"Progress was slow, because the riverbed on the Brooklyn side was full of boulders and compacted clay.",
		"Work was interrupted by civil war in the 1970s.",
		"At one end, near a small opening in the ovule called the micropyle, are the egg cell and two helper cells called synergids.",
		"K is a dimensionless number called the wear coefficient.",
		"Abrasive wear by hard particles is often more severe still, with K roughly between 0.001 and 0.1.",
		"Bohemia broke away in 895, and the Magyars, newly settled in the Carpathian Basin, raided repeatedly.",
		"Lieutenant Maurice Frere takes the credit while Dawes is returned to chains.",
		"Flowing water exerts slightly less, but engineers design for the static value.",
		"Some of the sea cliffs are among the tallest in Europe.",
		"Most of the dated tombs were made between 1 BC and AD 75.",
		"Only one, a small steep island called Lítla Dímun, has nobody living on it except sheep.",
		"At low values, caused by slow speed, thin oil or heavy load, the bearing is in boundary lubrication.",
		"In 1088 a small wooden model was completed.",
		"Much more ice is hidden under the water.",
		"A huge chunk of ice breaks off and crashes into the lake below.",
		"Mum and dad take turns to keep the egg warm.",
		"Maria Eduarda is told and leaves for Paris, and Carlos departs on a long journey abroad.",
		"Caesar defeats Pompey, removes Lepidus from power and declares war.",
		"Sometimes a whole new song arrives from somewhere else.",
		"Qing troops were once more dispatched to the frontier and retook Ili in 1756.",
		"Most live in rainforests, but some live in dry grasslands and even in farmers' fields.",
		"If a little strong acid is added, the extra hydrogen ions react with ethanoate ions to form ethanoic acid.",
		"As a reward, the emperor Claudius granted the inhabitants Roman citizenship and municipal status.",
		"Rivers, especially the Siem Reap River, carry it south towards Angkor.",
		"To cope, the horses grow a double coat.",
		"Silica is the most important one; boron oxide and germanium dioxide are others.",
		"In July 1909 several pilots gathered on the French coast to try.",
		"Turned around, half of any given sampling rate is called the Nyquist frequency.",
		"The one found in Britain and much of Europe is called Lucanus cervus.",
		"The southern cassowary is the one found in Australia.",
		"Historians study the events leading up to the battle.",
		"Most small bats, though, find their way in the dark using sound.",
		"The Siloam Tunnel was a more radical solution.",
		"Inside, the caterpillar's body is turning into a butterfly.",
		"Below, the text is written in cuneiform, the wedge-shaped script of Mesopotamia.",
		"In a less basic solvent, such as pure ethanoic acid, strong acids ionise to different extents.",
		"A soil with a useful mix of all three is called a loam.",
		"Encouraged by Marmee, the girls give their Christmas breakfast to a poor family.",
		"A court was set up at the assembly for each one.",
		"Renzo survives the disease and returns to Milan to look for Lucia.",
		"Captain Mironov refuses to swear loyalty to the pretender and is hanged.",
		"Astronomers use albedo to learn about other worlds.",
		"As more air is pushed in, the pressure builds up.",
		"Movement creates a related effect called motion parallax.",
		"Astronomers separate that motion from the yearly shift.",
		"Among the solutions was the Machine de Marly, a system of water wheels and pumps.",
		"Normally an object has equal numbers of each, so its overall charge is zero.",
		"A modified version developed in Germany became the basis of the International Morse Code.",
		"Only one kind lives in the United States.",
		"A particularly symbolic contribution came from the United Kingdom.",
		"Donations came from Germany and many other countries.",
		"Hirta, the largest, rises to 430 metres at Conachair.",
		"Dorothy Hodgkin's next great project was vitamin B12.",
		// Read blind, each of these was failed as dangling: under what,
		// at the bottom of what, other than whom, smaller than what?
		"Underneath there is a soft, rubbery pad that works like the sole of a climbing shoe.",
		"At the bottom, heat flowing up from the Earth's interior warms the ground above freezing.",
		"Other royal relatives rest in the nineteenth-century Pantheon of the Infantes.",
		"Smaller groups live in the Kalmykia region of southern Russia and in western Mongolia.",
		"The resulting warming can thaw more permafrost.",
		"The definition rests only on temperature.",
		"Coelacanths had been living quietly in the deep sea all along.",
		"The Pyramid of the Sun stands on the east side of the avenue.",
		// A date or the one it was handed to does not say which
		// manuscript or idea; "join" with nothing joined; inside what?
		"Lorca finished the manuscript on 19 June 1936.",
		"Banting took the idea to John James Rickard Macleod, professor of physiology at the University of Toronto.",
		"Prince Edward Island joined in 1873 after facing railway debts.",
		"Four more joined after the fighting began, making eleven in all.",
		"Inside, there is often a small beach where the seals can rest.",
		"On the outside, the beak is covered with keratin.",
		"At dawn on a Sunday, 276 soldiers and police led by Captain John Thomas attacked.",
		"Young males learn by listening to older males, so songs are passed from bird to bird.",
		"At the funeral Oskar throws his drum into the grave and decides to grow again.",
		"Males are bigger than females and can weigh up to 4 kilograms.",
		"Before publication the manuscript was read by the Venetian mathematician Jacopo Riccati.",
		"Shah Rukh emerged as the victor and made Herat his capital.",
		"In 1966 two more dogs, Veterok and Ugolyok, spent 22 days in orbit.",
		"As the weeks pass, the dates change colour.",
		"In many low-income countries the coefficient is above 40%.",
		"In the final, played on 15 August 1936, India defeated Germany 8–1.",
		"The best way to start is a show cave, with safe paths, lights and guides.",
		"More complicated objects usually have several natural frequencies.",
		"A compound is different: its elements are chemically bonded.",
		"Long ago, lions lived in many more places.",
		"Amundsen next planned to drift across the Arctic Ocean in Nansen's ship Fram.",
		"Sir Oliver next visits Joseph disguised as Mr Stanley, asking for help.",
		"The Moon's pull is only about one-sixth as strong.",
		"Later additions include the Royal Medals, first given in 1826.",
		"Every other even number has 2 as a factor.",
		"In the cave Tom even glimpses Injun Joe in a passage.",
		"The most famous geyser there is called Old Faithful.",
		"The seven-spot ladybird, which is very common in Europe, looks just like that.",
		"An active, wet tardigrade is much more delicate.",
		"Dawachi instead attacked his former ally at Khovd.",
		"Stars of more than about 8 solar masses follow a different path.",
		"Far more people migrate within their own countries.",
		"Opinion moved towards Snow's view within a decade.",
		"By the mid-1850s around 500,000 people had arrived.",
		"Ivan's troops took Kazan in 1552, then the army marched on Astrakhan.",
		"Because the problem is a shortage of an enzyme rather than a harmful reaction, the amount of lactose matters a great deal.",
		"Angry and disappointed, Thorpe told the General the opposite, that the Morlands were nearly destitute.",
		"Catherine is deeply ashamed, and resolves to judge more sensibly in future.",
		"Gauss replied with warm praise and an invitation to Göttingen.",
		"Peter confesses what he did and is forgiven.",
		"The army set out from Uliasutai in March 1755.",
		"Another battle followed near the river in 1686.",
		"A further Russian attack was repulsed at Inkerman on 5 November 1854.",
		"On the first day, 100 Russians were killed by the artillery.",
		"By November, 600 Russian men had died of scurvy.",
		"In March the army marched north towards Smolensk.",
		"In March 200 soldiers crossed the Tigris.", // a number that counts is no year
		"In March 200 Persian soldiers crossed the Tigris.",
		"Conversely, the United States gains seigniorage from the dollar notes held abroad.",
		"He was then taken to Tobolsk, where he died of smallpox.",
		"These reforms were abandoned after the Pugachev rebellion broke out in 1773.",
		"Later the city was rebuilt in stone by Casimir III.",
		"The rebels surrendered to the Qing in 1686.",
		"Nobel patented the mixture in 1862 and called it dynamite.",
		"In 1987 Miloš Jakeš replaced him as party leader.", // "him" is not Jakeš, and no one else is named
		"The army crossed the river in March 1697.",
		"The hopelessly outnumbered Chinese general, despite a spirited defence, was forced to retreat with 500 soldiers.",
		"Silas carries the child to the Red House to fetch the doctor.",
		"In November 1911 Emiliano Zapata broke with him and issued the Plan de Ayala.",
		"In 1850 Smith was elected again to the assembly of Bern.",
		"Grévy's zebra is the biggest of all.",
		"The biggest of all is the wandering albatross.",
		"Fuchs's answer was a book that would show each plant as it really looked.",
		"If so, you have found the home of paper wasps.",
		"A single orchid seed pod can hold hundreds of thousands of them.",
		"A single mushroom can release millions and millions of them.",
		"Ranganathan's other great achievement was a new way of arranging knowledge.",
		"Lamé's result is often cited as one of the first analyses of how long an algorithm takes to run.",
		"A big male can weigh more than 3,000 kilograms.",
		"People have even seen a puffin carrying more than 60.",
		"Well-known examples include methicillin-resistant Staphylococcus aureus and multidrug-resistant tuberculosis.",
		"Major themes include jealousy, reputation and trust.",
		"For much of the Republic there were about 300.",
		"In practice, forecasters read the result from a table.",
		"Galileo was born in Pisa, then the army of Spain marched on Milan.",
		"In some places people call them lightning bugs.",
		"Gold is much denser, at about 19.3 grams per cubic centimetre.",
		"Other threats include farm runoff, cyclones and starfish outbreaks.",
		"Some models can transmit sounds to a computer or smartphone.",
		"Air is very light by comparison, with a density of about 1.2 kilograms per cubic metre.",
		"But the clerk notices that the handwriting is very like the doctor's own.",
		"The most important room is called the King's Chamber.",
		"Soaps and detergents are the most familiar examples.",
		"In sharp contrast stand the glittering salons of the Faubourg Saint-Germain.",
		"Veterinarians and engineers use similar instruments to find faults.",
		"Really, the colours blend smoothly into each other, so there are many more than seven.",
		"One, the public key, can be published openly, for instance on a website.",
		"At midday in summer, the sun is usually too high.",
		"Elephants use them to dig for water and roots and to strip bark from trees.",
		"Twelve were sentenced to death by hanging, including Hermann Göring and Alfred Jodl.",
		"There are roughly 10,000 living species, from tiny floating water ferns to tree ferns several metres tall.",
		"Four were bought by the metropolitan of St Mark's Monastery in Jerusalem.",
		"The chance came after Napoleon invaded Spain in 1808 and deposed its king.",
		"One famous example is the Pont du Gard in France, which carried water to Nîmes.",
		"The strongest ones can spin at more than 300 miles per hour.",
		"Only a very small number ever reach EF5.",
		"Anders Celsius continued his study of the northern lights.",
		"The earliest phase, around 3000 BC, was a roughly circular ditch and bank about 110 metres across.",
		"A closely related finding is the endowment effect.",
		"What matters is the cost per unit: total cost divided by the number of units produced.",
		"What remains is a long, flat-topped terrace of sand and gravel.",
		"Riggenbach patented the idea in France in 1863.",
		"Dietrich of Bern, an exile at court, finally overpowers the last two, Gunther and Hagen.",
		"Khongor the Red is the most celebrated of the warriors, fearless in single combat.",
		"At a time when most mountain railways still used steam, the builders chose electric traction.",
		"Many versions open with a prologue that describes Jangar and his kingdom.",
		"A Cobb-Douglas function can show diminishing returns to each input, as the example shows.",
		"In words, the Lerner index is the price-cost margin expressed as a share of the price.",
		"At one extreme is a firm in a perfectly competitive market.",
		"When the rearguard is nearly gone, Roland decides to blow the horn after all.",
		"Out comes a grown-up firefly with wings and a light.",
		"Large-scale work began in March 1900 under the British archaeologist Arthur Evans.",
		"Trieste was rebuilt several times and continued in naval service.",
		"Back in Uppsala, Celsius used his new reputation to persuade the authorities to fund an observatory.",
		"Johann Wittenborg was tried on his return and beheaded in the market place at Lübeck in 1363.",
		"In the east, the Uzbek ruler Muhammad Shaybani Khan had conquered Transoxiana and Khorasan.",
		"The most famous, the Collège de Sorbonne, was founded in 1257 by Robert de Sorbon.",
		"The richest, p6m, has six-fold rotations and mirrors in several directions.",
		"Many parts get less than 25 millimetres of rain in a whole year.",
		"Two famous ones are the American lobster and the European lobster.",
		"After several moults, the survivors look like tiny lobsters.",
		"A fifth sign, functio laesa, is often credited to Rudolf Virchow in the nineteenth century.",
		"In the south-west the Torwa state, centred on Khami near modern Bulawayo, became a separate power.",
		"Work began in March 1959 and was carried out in three stages.",
		"A related point is that opportunity cost always looks forward.",
		"Suggestions include a symbolic grain store or a sign of royal power.",
		"Candidates such as Diego Hurtado de Mendoza and Juan de Valdés have been proposed.",
		"Threats include land reclamation, pollution and rising sea levels.",
		"Widths ranged from narrow mountain paths of about a metre to broad roads several metres wide.",
		"Visitors follow a network of wooden boardwalks over the water.",
		"To do so, Lázaro tells his whole life from the beginning.",
		"On the south-western coast lay Muziris, the great pepper port of the Malabar coast.",
		"At first Niépce used the method to copy engravings, laid directly onto a coated plate.",
		"In what year was the archive entered in the Memory of the World Register?",
		"Shareholders, for instance, cannot see everything a company's managers do.",
		"Someone had done it deliberately, year after year.",
		"Inside was a ledger, or what was left of one.",
		"Within weeks the new republic signed the Hay–Bunau-Varilla Treaty.",
		"Within a few years Louis Pasteur's work on microbes gave a scientific basis to his ideas.",
		"After 10 years the balance reaches about 1,628.89 dollars.",
		"Even so, two worms usually need to meet to make babies.",
		"Each is pierced by a pair of tall pointed arches in the Gothic Revival style.",
		"On Fridtjof Nansen's return he became curator of zoology at the Bergen Museum.",
		"Returning to Berlin, Lilienthal worked as a design engineer for several firms.",
		"Key point students often miss: what matters is the donor's antigens and the recipient's antibodies.",
		"Over time, people watched the sky carefully and kept records.",
		"A major restoration was carried out in the 1950s.",
		"Holberg's version stands out for the depth of its peasant hero.",
		"Given rich food and plenty of wine, the downtrodden peasant becomes a bully.",
		"Beowulf dives into the water and is dragged into the monster's underwater hall.",
		"In 1961 the question began with the logician Hao Wang.",
		"Most kinds have only a mild poison, but a few are very dangerous.",
		"Even the biggest kinds grow to only about 5 or 6 centimetres long.",
		"The most poisonous of all is the golden poison frog.",
		"The biggest penguin, the emperor penguin, can be more than three times as tall.",
		"A useful alternative is the harmonic mean, an average suited to rates and ratios.",
		"The Babylonians had sixty separate digit symbols; as shown above, they managed with two.",
		"What is clear is that 60 is a very convenient number for dividing.",
		"The three build a raft from fossilised wood and set out to sea.",
		"In all three countries industry's share of output rose and cities grew rapidly.",
		"Threats include land reclamation, pollution and rising sea levels.",
		"Risk factors include smoking, high blood pressure and lack of exercise.",
		"Typical powers include the right to demand documents and question officials.",
		"The six men were arrested in November 1605.",
		"A key step is a theorem known as the crystallographic restriction.",
		"The richest, p6m, has six-fold rotations and mirrors in several directions, like a honeycomb.",
		"The largest is Lake Superior, which covers about 82,000 square kilometres.",
		"The four men fell to their deaths on the glacier far below.",
		"At the end of each leaf is the trap.",
		"Nearby is Drumble, a busy commercial city modelled on Manchester.",
		"Cranford is quite different: gentle, comic and affectionate.",
		"In the struggle Aronnax is thrown into the sea.",
		"Around 100,000 people took part in the construction.",
		"Beaumarchais gave readings in salons, and after a private performance in 1783 the ban was lifted.",
		"Including prototypes and pre-production aircraft, 20 were built.",
		"At the end, the beans are pale green and hard as little pebbles.",
		"Today we focus on water, the most important agent of erosion on farmland worldwide.",
		"Numbers grew after the January Uprising of 1863, when tsarist authorities restricted crosses.",
		"Rhys gives that woman a name, a childhood and a voice.",
		"Restoration work began in earnest in the late twentieth century, with support from UNESCO.",
		"Work began in March 1959 and was carried out in three stages.",
		"In 1823 a London version opened in Regent's Park.",
		"On 19 August 1839 the full details were revealed at a joint meeting of the Academy.",
		"Work is energy transferred by any other means, for example when a gas pushes a piston.",
		"One is Amsterdam in the 1850s, the comfortable city of merchants and brokers.",
		"The breakthrough came after Pitt's death in 1806.",
		"Because of the poison, most predators leave pufferfish alone.",
		"After about six weeks, the young swifts are ready to leave.",
		"In November 1946, people in Tokyo found out.",
		"The more important rising began in the Peloponnese in March 1821.",
		"An experimenter can tell the sign of the charges, and the formula above reveals how many carriers there are.",
		"In 1889 the Census Office held a competition for the coming census.",
		"On the road the pair come across the camp of a regiment.",
		"The Russian army now turned north towards the river Amur.",
		"Weeks later, the Soviet Union launched Sputnik 1.",
		"In the confusion Evangeline and Gabriel are put aboard different ships.",
		"Major Crampas is charming and reckless, and treats the affair lightly.",
		"The North Atlantic Equatorial Current closes the loop to the south.",
		"Under each patch is a network of blood vessels.",
		"Below, the text is written in cuneiform, the wedge-shaped script of Mesopotamia.",
		"Eventually a stable community develops that changes little over time.",
		"In later centuries the river served as a route for crusaders, merchants and armies.",
		"On the way the train is attacked by Sioux warriors.",
		"Okonkwo has since become a wealthy farmer with three wives.",
		"A non-competitive inhibitor binds elsewhere on the enzyme and changes its shape.",
		"Trypsin, which continues the job in the small intestine, prefers alkaline conditions.",
		"Lots of water is added, so the mixture looks like very thin porridge.",
		"Toussaint soon commanded troops of his own and proved an outstanding organiser.",
		"Mount Fuji in Japan is a famous example.",
		"Yours beats about 80 to 100 times a minute.",
		"All that flying uses a huge amount of energy.",
		"Fifth, take the square root of the variance to get the standard deviation.",
		"An exception came in 2024, when preparations for the Olympic Games forced a finish in Nice.",
		"If the list is sorted, the program can use binary search and will need only about twenty comparisons.",
		"On the outside is a thin, rocky skin called the crust.",
		"One bulge points towards the Moon, where the water is pulled more than the solid Earth is.",
		"If the Moon stood still, the cycle would take exactly a day.",
		"There is only one other kind of alligator in the world.",
		"Only one other kind of penguin, the emperor penguin, lives so far south.",
		"The biggest males can reach more than 4 metres and weigh over 400 kilograms.",
		"When a house martin flies away from you, that white patch flashes like a torch.",
		"Often many pairs build their nests side by side, making a busy little bird village.",
		"Negotiations began, and a committee of the Hungarian diet, the Committee of Sixty-Seven, drafted proposals.",
		"The herring gull is one of the best known in Europe.",
		"Hungary was one of the largest in central Europe.",
	}
	standing := []string{
		"For many years after 1871, Anna Atkins was largely forgotten.",
		"Humpback songs can be heard many kilometres away.",
		"Pelicans fly in from the coast, sometimes hundreds of kilometres away, to feed on fish.",
		"A large one-storey house stood by the river.",
		"A classic SN1 example is the hydrolysis of 2-bromo-2-methylpropane in water.",
		"Club goods are excludable but non-rival: examples include subscription television and private parks.",
		"In a large hall the last echoes fade away slowly.",
		"The last two volumes appeared in 1890.",
		"The first two chapters were printed in Zurich in 1901.",
		"In the 1960s Austrian engineers developed the New Austrian Tunnelling Method.",
		"The Dieppe Raid of August 1942 showed how hard it was to seize a defended port from the sea.",
		"Marie Curie, a Polish physicist, won her second Nobel Prize in 1911.",
		"Kanishka I is the most celebrated Kushan ruler.",
		"Farmers dug ditches so that excess water could drain away.",
		"The Nika riots broke out in Constantinople in January 532.", // a year before 1000 beside its month
		"Justinian was crowned emperor on 1 April 527.",
		"Old maps showed coasts, islands and more.",
		"Wolves hunt more when the snow is deep.",
		"Lærdal, near the inner end of the Sognefjord, is among the driest places in western Norway.",
		"Even a perfect lens or mirror cannot focus the light of a star to a perfect point.",
		"Even a lion finds it very hard to open a rolled-up pangolin.",
		"Spaced study simply means studying more.",
		"When Battarbee returned in 1936, Namatjira offered to act as his guide.",
		"In 1497 Askia Muhammad I returned to Gao from Mecca.",
		"When rivers rise in spring, several burst their banks.",
		"There are two other kinds of alligator besides the American one.",
		"Negotiations with Hungary began in 1866.",
		"The herring gull is one of the best known birds in Europe.",
		"The Bodleian Library is one of the oldest libraries in Europe.",
		"Partition triggered one of the largest migrations in human history.",
		"The biggest males of the American alligator can reach more than 4 metres.",
		"When a house martin flies away, its white rump flashes like a torch.",
		"Howe was born in Spencer, Massachusetts, the son of a farmer who also ran small mills.",
		"Some of the biggest ladder trucks can reach over 30 metres.",
		"Lionesses in a pride often have cubs at about the same time.",
		"At one end of the pipe a valve closes suddenly.",
		"The word stigmergy was coined in 1959 by the French biologist Pierre-Paul Grassé.",
		"The explanation of the tides is the pull of the Moon.",
		"Ammonites are good examples of index fossils.",
		"Coconut crabs are the largest arthropods that live on land.",
		"Manta rays have the biggest brains, for their body size, of any fish.",
		"In an oasis, the date palms are the tallest plants.",
		"Because everyone needed salt, rich and poor alike, the tax fell most heavily on the poorest households.",
		"Other than sugar, the sap of the maple contains little food.",
		"Other than cats and dogs, few animals were kept as pets in Victorian homes.",
		"Respiration in our cells releases the chemical energy stored in food.",
		"A flat-topped seamount, worn flat by waves before it sank, is called a guyot.",
		"Members of the Duma form a committee that becomes the Provisional Government.",
		"Students from across West Africa came to study law and medicine.",
		"Haigha and Hatta are looking-glass versions of the March Hare and the Hatter from Wonderland.",
		"The April Laws abolished serfdom in Hungary.",
		"One group of whales, the belugas, lives in the Arctic.",
		"One kind of jumping spider lives high on Mount Everest.",
		"The decisive battle of the Great Northern War was fought at Poltava in 1709.",
		"Parliament raised the necessary funds for a new fleet in 1694.",
		"Today we know that the giant panda is a true bear.",
		"Lake Baikal is the deepest in the world.",
		"The difference between two close frequencies gives the beat rate.",
		"The property of a fluid that makes the difference is called viscosity.",
		"In 1804 Richard Trevithick built one of the first steam locomotives.",
		"Cells with a nucleus are called eukaryotic; bacterial cells, which lack one, are prokaryotic.",
		"The Danube is the second-longest river in Europe.",
		"The helicopter as we know it today was developed by Igor Sikorsky.",
		"The Bridgewater Canal made it possible to ship coal to Manchester by water.",
		"T cells help to coordinate the response and can kill infected cells directly.",
		"Water still flows through the Siloam Tunnel today.",
		"Serbia broke away from the Ottoman Empire in 1878.",
		"Some of the oldest trees on Earth are Great Basin bristlecone pines.",
		"Most of the oryx's body is bright white.",
		"France declared war on Prussia in July 1870 after a quarrel.",
		"The soil below the surface stays cool all through the summer.",
		"Atmospheric pressure falls with height because there is less air above.",
		"A red panda can even climb down a tree head first.",
		"Lime is added to acid soils in spring to raise the pH of farmland.",
		"About 1,300 people died as a result of the eruption of the volcano.",
		"To show 42, push up 4 beads on the tens rod and 2 beads on the ones rod.",
		"In a base-60 system each position is worth sixty times the one to its right.",
		"The Bayeux Tapestry is an embroidered cloth that depicts the events leading up to the Norman conquest of England.",
		"Summer temperatures regularly exceed 40 °C.",
		"Though small, Fort Albazin held out for a year.",
		"In 1720 Tokugawa Yoshimune relaxed the ban on Western books.",
		"Numbers were written with a dot for one, a bar for five and a shell sign for zero.",
		"Work is the energy transferred when a force moves an object through a distance.",
		"The Mexica kept more gods than any other people of the valley.",
		"If a ladybird is attacked, it can squeeze out drops of smelly yellow liquid from its legs.",
		"Stephen refuses to join, because of a promise made to Rachael.",
		"Henry falls in with a gang of vagabonds that John Canty has joined.",
		"Sister chromatids are joined at the centromere after the chromosome has been copied.",
		"After a close referendum, Newfoundland joined Canada in 1949.",
		"Lorca finished The House of Bernarda Alba on 19 June 1936.",
		"Inside Wieliczka there is a chapel carved out of rock salt.",
		"The Engel coefficient of a household is the share of its spending that goes on food.",
		"When the electric field becomes strong enough, the air starts to ionise.",
		"Older Zapotec groups than the Mixtec lived in the Valley of Oaxaca.",
		"The three states of matter are solid, liquid and gas.",
		"Mammals include whales, bats and humans.",
		"Threats to the reef include farm runoff and cyclones.",
		"On 8 November 1605, Catesby, Percy and the two Wright brothers were killed.",
		"If ten programs use the same library, the system maps the library into all ten address spaces.",
		"Only the three-banded armadillos can roll up tight.",
		"A more reactive halogen displaces a less reactive one from a solution of its salt.",
		"All three brothers served in the Royal Navy.",
		"Fuchs's answer to the errors of the old herbals was a book of plants drawn from life.",
		"On the Moon g is about 1.6 N/kg, so a 60 kg astronaut weighs only about 96 N.",
		"Estimates of the magnitude range from about 7.7 to 9.0, with values around 8.5 most often cited.",
		"Estimates vary, but roughly a quarter of climbers who sleep above 2,500 metres develop some symptoms.",
		"In 1845 the Althing, the Icelandic parliament, was re-established in Reykjavík.",
		"The Althing divided Iceland into four quarters with a court for each one.",
		"If N objects are placed into k boxes, then at least one box contains at least N divided by k objects.",
		"The pigeonhole principle is one of the simplest ideas in mathematics, and also one of the most powerful.",
		"Bamboo is one of the fastest-growing plants in the world.",
		"After the war Fermi returned to the University of Chicago.",
		"The temperature of the air above sinks below freezing at night in the desert.",
		"Proto-Indo-European is the common ancestor of a large family of languages that includes the Germanic group.",
		"Jacob Grimm was the elder of the two Brothers Grimm.",
		"English and Latin are cousins, not parent and child; both descend from Proto-Indo-European along separate lines.",
		"Hammurabi was the sixth king of the First Dynasty of Babylon, a city on the River Euphrates in what is now Iraq.",
		"In the 1760s the Scottish chemist Joseph Black, working in Glasgow and later Edinburgh, showed that equal masses needed different quantities of heat.",
		"In North Carolina, taking a flytrap from the wild is now a serious crime.",
		"Synge's comedy was first performed in Dublin on 26 January 1907 and was published later that year.",
		"In the 1660s the English scientist Isaac Newton shone a beam of sunlight through a prism.",
		"Drag always acts in the opposite direction to the motion.",
		"Returning to America in 1775, Franklin was elected to the Second Continental Congress.",
		"In 1833 George Loveless and a small group of other labourers formed the Friendly Society of Agricultural Labourers.",
		"Kits can swim within a day of being born.",
		"Darwin arrived aboard HMS Beagle in September 1835.",
		"Mozart was born in Salzburg, then the capital of an independent prince-archbishopric.",
		"The last wild bison was killed by a poacher in 1919, and within a few years the species had disappeared from the wild.",
		"President Macron promised that Notre-Dame would be rebuilt within five years.",
		"Temperature changes viscosity dramatically, but liquids and gases respond in opposite ways.",
		"Island species often follow a different path from their ancestors.",
		"The Corsair responded to Kierkegaard's challenge with open mockery.",
		"Elizabeth Garrett was born in Whitechapel, London, the second child of Newson Garrett and his wife, Louisa Dunnell.",
		"Elizabeth Garrett Anderson was an English physician who became the first woman to qualify openly as a doctor in Britain.",
		"One parsec is about 3.26 light-years, or some 31 trillion kilometres.",
		"Dragonflies eat other insects, such as mosquitoes, midges and flies.",
		"Every evening, each gorilla builds a nest to sleep in.",
		"One kind, the common chameleon, lives in Spain and Portugal.",
		"Lossless compression means that the original data can be reconstructed exactly from the compressed version.",
		"A new version of Newcomen's engine was built in 1769.",
		"The greatest threat to the reef is climate change.",
		"Amursana fled west to Siberia and sought asylum from the Russians at their fortress in Semipalatinsk.",
		"The Emperor railed at his generals for their failure to capture the fugitive.",
		"The Roman Senate had about 300 members.",
		"The main themes of Othello include jealousy and trust.",
		"Tour de France riders climb more than 20 mountain passes.",
		"European countries needed American food, fuel and machinery but had too few dollars to pay for them.",
		"The mother of the boy from Skagen was a weaver.",
		"Galileo was born in Pisa, then part of the Grand Duchy of Tuscany.",
		"A cache is a small, fast store that keeps copies of data that are likely to be needed again soon.",
		"Galileo spent his remaining years at his villa at Arcetri.",
		"Badgers grow an extra layer of fat before winter.",
		"Farmers have worked the valley ever since the war.",
		"An explosion in 1916 damaged the Statue of Liberty, whose torch has been closed to visitors ever since.",
		"On 22 June 1633 Galileo was sentenced to imprisonment, soon changed to house arrest.",
		"In 1903 Marie Curie became the first woman to receive the Nobel Prize.",
		"A small number of wolves survive in the mountains of Italy.",
		"Work on the Sydney Opera House began in March 1959.",
		"War between France and Spain continued until the Peace of the Pyrenees in 1659.",
		"Systematic excavations began in 1922 and were continued on a large scale from 1924.",
		"Organisms that make their own food are called producers.",
		"Soaps and detergents are examples of surfactants.",
		"Your skeleton is the frame of bones inside your body.",
		"The heart pumps blood around the body through arteries and veins.",
		"Catherine the Great, also known as Catherine II, ruled Russia from 1762 to 1796.",
		"The Treaty of Nerchinsk of 1689 was the first treaty between Russia and China.",
		"Pigments such as chlorophyll absorb red and blue light.",
		"Marie Curie was awarded the Nobel Prize in Chemistry in 1911 for the discovery of polonium and radium.",
		"There are 206 bones in the skeleton of an adult human.",
		"Gold is far denser than aluminium and most other common metals.",
		"The largest city in Peru is Lima.",
		"After the death of Lenin in 1924, Stalin took power.",
		"Within the cell, the nucleus holds the genetic material.",
		"On Nansen's return from Greenland in 1889, the Bergen Museum made Nansen its curator of zoology.",
		"In the north of Norway the sun does not set in midsummer.",
		"Many parts of the Sahara get less than 25 millimetres of rain in a whole year.",
		"The survivors of the Titanic were taken to New York in 1912.",
		"Marco Polo's book gave many Europeans their first detailed picture of China, and later influenced Christopher Columbus.",
		"Amundsen was knighted on his return to Norway in 1906.",
		"In Chopin's later years George Sand lived at Nohant in central France.",
		"When the cubs are hungry, the lioness feeds them with meat from the hunt.",
		"Lions live in groups called prides, and the females of a pride hunt together.",
		"Inside each pod are about 30 to 50 seeds, called cacao beans.",
		"Since 1990 the park has been a World Heritage Site.",
		"One example of a stratovolcano is Mount Fuji in Japan, which last erupted in 1707.",
		"In the Quechua language, Machu Picchu is usually translated as old mountain.",
		"One night the priestess Chielo carries Ezinma away to the Oracle's cave.",
		"As soon as the ice broke up Khabarov withdrew upriver and built winter quarters at Kumarsk.",
		"One easy way to tell African and Asian elephants apart is to look at their ears.",
		"Decomposers, such as fungi and many bacteria, break down dead material.",
		"The Tower of London was largely complete by around 1100.",
		"Even a country that is less productive at everything has a comparative advantage in something.",
		"Menelik's capital, Finfinne, is better known as Addis Ababa.",
		"A major restoration of the mosque was carried out in the early twenty-first century.",
		"Bazarov goes home to his parents and helps his father treat the local peasants.",
		"Heyerdahl's version of the Kon-Tiki story was published in Norway in 1948.",
		"An EF5 tornado is the most violent of all.",
		"The forest is home to jaguars, sloths and more than a thousand kinds of bird.",
		"A key step in the proof is a theorem known as the crystallographic restriction.",
		"At Berg the seven interconnected Carl Johan locks raise vessels from Lake Roxen.",
		"The four men of the first ascent reached the summit of the Matterhorn on 14 July 1865.",
		"Most species of poison dart frog live in the rainforests of South America.",
		"Most kinds of bamboo flower only once every few decades.",
		"An emperor penguin is three times as tall as a little penguin.",
		"The alternative to dialysis is a kidney transplant.",
		"Octavius was born in Rome on 23 September 63 BC.", // a year with its era dates the month
		"Augustus died at Nola on 19 August AD 14.",
		"Twelve of the defendants were sentenced to death by hanging.",
		"There are about 20 different kinds, or species, of toucan.",
		"There are about 1,500 species of cactus in the Americas.",
		"1,500 people died in the fire of 1666.",
	}
	// A definite phrase that the text itself gives as a name stands alone.
	named := "Enzymes\n\nOn the surface of each enzyme is a small pocket called the active site.\n\nA competitive inhibitor resembles the substrate and occupies the active site."
	sents := analyseText(t, named)
	if a := clean("t.txt", named); leansOnContext(sents[1].Q, &a) != "" {
		t.Errorf("leansOnContext(%q) = %q; want \"\": the text names the active site", join(sents[1].Q), leansOnContext(sents[1].Q, &a))
	}
	// "it" after "when" is the noun just before: "an object when it is seen".
	parallax := "Parallax\n\nParallax is the apparent shift in the position of an object when it is seen from two different places."
	if a, sents := clean("t.txt", parallax), analyseText(t, parallax); leansOnContext(simplify(sents[0].Toks), &a) != "" {
		t.Errorf("leansOnContext(%q) = %q; want \"\"", join(sents[0].Q), leansOnContext(simplify(sents[0].Toks), &a))
	}
	for _, s := range leaning {
		if got := leanOf(t, s); got == "" {
			t.Errorf("leansOnContext(%q) = \"\"; want a reason", s)
		}
	}
	for _, s := range standing {
		if got := leanOf(t, s); got != "" {
			t.Errorf("leansOnContext(%q) = %q; want \"\"", s, got)
		}
	}
}

func leanOf(t *testing.T, sentence string) string {
	t.Helper()
	a := clean("t.txt", "Example\n\n"+sentence)
	sents := analyseText(t, "Example\n\n"+sentence)
	if len(sents) != 1 {
		t.Fatalf("%q: %d sentences", sentence, len(sents))
	}
	return leansOnContext(simplify(sents[0].Toks), &a)
}

// TestLeadComparesWithTheUsual: the text's first sentence leans on
// nothing, so its "a period of cooler climate" is kept; the same words later
// compare with something said before.
func TestLeadComparesWithTheUsual(t *testing.T) {
	text := "Little Ice Age\n\nThe Little Ice Age was a period of cooler climate in the Northern Hemisphere. " +
		"Glaciers in the Alps advanced. The decades after 1650 were a period of cooler climate in England."
	sents := analyseText(t, text)
	for _, s := range sents {
		lead := strings.HasPrefix(s.Text, "The Little Ice Age")
		got := leansOnContext(s.Q, s.Art)
		if lead && got != "" {
			t.Errorf("lead %q leans: %q", s.Text, got)
		}
		if strings.HasPrefix(s.Text, "The decades") && got == "" {
			t.Errorf("%q does not lean; want cooler than what", s.Text)
		}
	}
}

// TestLeansOnTitle: the article's own subject may stand as "the river".
func TestLeansOnTitle(t *testing.T) {
	text := "Danube\n\nThe Danube is the second-longest river in Europe. Below Belgrade the river passes through the Iron Gates."
	sents := analyseText(t, text)
	if len(sents) != 2 || !sents[1].Usable {
		t.Fatalf("sentences %d, second usable %v; want the river named by the article's subject", len(sents), len(sents) > 1 && sents[1].Usable)
	}
}

// TestPartOfUnnamed: "the foundation stone" of an article's building
// belongs to nothing once the question stands alone; named with its
// building, or owned by an "of", it stands.
func TestPartOfUnnamed(t *testing.T) {
	text := "Notre-Dame de Paris\n\nNotre-Dame de Paris is a medieval cathedral in Paris. " +
		"The foundation stone was laid in 1163 in the presence of the pope. " +
		"The west facade of Notre-Dame de Paris was finished around 1250. " +
		"Notre-Dame de Paris lost its spire in a fire in 2019. " +
		"The plaza in front was cleared in the nineteenth century. " +
		"One wing held the House of Representatives in 1902. " +
		"The Latin version was printed in 1500. " +
		"Under British rule the original garden was replanted in an English style."
	sents := analyseText(t, text)
	if len(sents) != 8 {
		t.Fatalf("%d sentences, want 8", len(sents))
	}
	for _, s := range []sentence{sents[1], sents[4], sents[5], sents[6]} {
		if s.Usable {
			t.Errorf("%q usable; want the unowned part left out", s.Text)
		}
	}
	// The garden is named as the cathedral's (nameTopicPart): "the
	// original garden of Notre-Dame de Paris was replanted".
	for _, s := range []sentence{sents[2], sents[3], sents[7]} {
		if !s.Usable {
			t.Errorf("%q not usable; want a part with its owner kept", s.Text)
		}
	}
}

// TestOneOfKindNotSeenBefore: "rises to the surface" points back to no
// surface named earlier, while "The walls" after walls were named does.
func TestOneOfKindNotSeenBefore(t *testing.T) {
	text := "Lake Eyre\n\nLake Eyre is a salt lake in South Australia. " +
		"Its salt crust lies on the surface of an old lake bed. " +
		"Near the southern shore, water from the Great Artesian Basin rises to the surface in mound springs. " +
		"Stone walls were built around the homestead in 1880. " +
		"The walls were rebuilt by the Adelaide council in 1921."
	sents := analyseText(t, text)
	if len(sents) != 5 {
		t.Fatalf("%d sentences, want 5", len(sents))
	}
	if !sents[2].Usable {
		t.Errorf("%q not usable; the surface is no earlier one", sents[2].Text)
	}
	if sents[4].Usable {
		t.Errorf("%q usable; the walls are those named before", sents[4].Text)
	}
}

// TestResolveGender: a pronoun is named only after a person of its gender
// with no rival; a wrong name would make a question teach a falsehood.
func TestResolveGender(t *testing.T) {
	text := "Example\n\nMiss Havisham lives alone in a ruined mansion near the village. " +
		"Pip visits Miss Havisham every week for a year. She still wears her yellowing wedding dress."
	sents := analyseText(t, text)
	last := sents[len(sents)-1]
	if last.Usable && strings.Contains(last.Text, "Pip still wears") {
		t.Errorf("resolved to %q; want never the boy for \"she\"", last.Text)
	}
	// An object "him" in a daughter's own clause is someone else: it must
	// not make her a man whom the next "he" can name.
	text = "Galileo Galilei\n\nGalileo Galilei was an Italian astronomer. He had a daughter, Maria Celeste. " +
		"Maria Celeste died in 1634, a heavy blow to him. Despite age and illness he completed a book on motion in 1638."
	sents = analyseText(t, text)
	last = sents[len(sents)-1]
	if strings.Contains(last.Text, "Maria Celeste completed") {
		t.Errorf("resolved to %q; want never the daughter for \"he\"", last.Text)
	}
}

// TestSoleAntecedent: a he/she pronoun after exactly one person of its
// gender in the same sentence points to that person; after two, it stays
// open.
func TestSoleAntecedent(t *testing.T) {
	text := "Alfred Nobel\n\nAlfred Nobel was a Swedish chemist who invented dynamite. He was born in Stockholm in 1833. " +
		"Alfred and his father returned to Sweden in 1859 and began experimenting with nitroglycerin. " +
		"In Paris Alfred worked for the chemist Théophile-Jules Pelouze, where he met the Italian chemist Ascanio Sobrero. " +
		"In 1980 the Swedish Academy named a new prize Alfred after him."
	sents := analyseText(t, text)
	if len(sents) != 5 {
		t.Fatalf("%d sentences; want 5", len(sents))
	}
	if sents[4].Usable {
		t.Errorf("%q usable; want 'him' open: the name before it is not in the subject", sents[4].Text)
	}
	if !sents[2].Usable {
		t.Errorf("%q not usable: %q", sents[2].Text, leansOnContext(sents[2].Q, sents[2].Art))
	}
	if sents[3].Usable {
		t.Errorf("%q usable; want 'he' left open between two men", sents[3].Text)
	}
}

// TestTheBoyIsNotTheLastNamed: "the boy" before a "he" is its antecedent,
// so the last person named is not put in its place; and a person whose
// name holds a word like "Kingdom" is still a person a "his" can follow.
func TestTheBoyIsNotTheLastNamed(t *testing.T) {
	text := "Isambard Kingdom Brunel\n\nIsambard Kingdom Brunel was born in Portsmouth in 1806, the son of the engineer Marc Brunel. " +
		"Marc Brunel had fled revolutionary France in the 1790s and made his name in England with machinery. At fourteen the boy was sent to France, where he studied in Paris. " +
		"He returned to England in 1822 and went to work in his father's office."
	sents := analyseText(t, text)
	for _, s := range sents {
		if strings.Contains(s.Text, "Marc Brunel studied") || strings.Contains(s.Text, "Marc Brunel returned") {
			t.Errorf("pronoun put for the wrong person: %s", s.Text)
		}
	}
	wantOpening(t, sents[len(sents)-1], "Isambard Kingdom Brunel returned")
}

// TestSpeakerKeepsThePronoun: "X says he ..." is what X said, most often of
// himself; the "he" is not put back as the man named in the sentence before.
func TestSpeakerKeepsThePronoun(t *testing.T) {
	b := devText(t, "literature_the-hound-of-the-baskervilles.txt")
	found := false
	for _, s := range analyseText(t, b) {
		if strings.Contains(s.Text, "Holmes says Sir Henry") {
			t.Errorf("pronoun put for the wrong person: %s", s.Text)
		}
		found = found || strings.HasPrefix(s.Text, "Holmes says he is too busy")
	}
	if !found {
		t.Error(`"Holmes says he is too busy" is no longer read as it stands`)
	}
}

// TestLifeInTheTitleLine: a life whose years stand in its first line
// ("Sor Juana Inés de la Cruz (1648?–1695)") is a person's, so "she" is
// put back as her name; a "her" after her name is hers and left alone.
func TestLifeInTheTitleLine(t *testing.T) {
	text := "Juana Inés de la Cruz (1648?–1695)\n\nJuana Inés de la Cruz was a nun, poet and scholar of New Spain. " +
		"She was born in San Miguel Nepantla, near the volcano Popocatépetl. She entered the convent of San Jerónimo in 1669. " +
		"In 1695 Cruz caught the plague, which killed her within weeks."
	sents := analyseText(t, text)
	wantOpening(t, sents[2], "Juana Inés de la Cruz entered")
	if last := sents[len(sents)-1]; strings.Count(last.Text, "Cruz") != 1 {
		t.Errorf("got %q; want her name once", last.Text)
	}
}

// TestLifeToldFromBirth: a life whose first sentence tells the birth, with
// no years in brackets, is a person's whose he is put back as his name.
func TestLifeToldFromBirth(t *testing.T) {
	text := "Bartolomé de las Casas\n\nBartolomé de las Casas was born in Seville, most probably in 1484. " +
		"He sailed to Hispaniola in 1502 with the fleet of Nicolás de Ovando. " +
		"He became the first priest ordained in the Americas. He died in Madrid in 1566."
	wantOpening(t, analyseText(t, text)[1], "Bartolomé de las Casas sailed")
}

// wantOpening checks that a sentence opens with the words given (a
// pronoun put back as the name it stands for) and can be asked.
func wantOpening(t *testing.T, s sentence, prefix string) {
	t.Helper()
	if !strings.HasPrefix(s.Text, prefix) || !s.Usable {
		t.Errorf("got %q (usable %v); want it to open %q and be usable", s.Text, s.Usable, prefix)
	}
}

// TestCalledByTheSurname: a life that opens with a long birth name and
// then tells of "Montessori" names a pronoun so, not "Maria Tecla
// Artemisia Montessori" in every question.
func TestCalledByTheSurname(t *testing.T) {
	text := "Maria Montessori\n\nMaria Tecla Artemisia Montessori (1870–1952) was an Italian physician and educator. " +
		"Montessori was born in Chiaravalle in 1870. Montessori graduated in Rome in 1896. " +
		"Montessori opened the first Casa dei Bambini in 1907. In 1939 she travelled to India."
	sents := analyseText(t, text)
	wantOpening(t, sents[len(sents)-1], "In 1939 Montessori travelled")
}

// TestItIsNoPerson: "its" after a person's name points to something the
// sentence does not name ("its most eminent foreign member": the academy's).
func TestItIsNoPerson(t *testing.T) {
	text := "Christiaan Huygens\n\nChristiaan Huygens was a Dutch mathematician and astronomer. He was born in The Hague in 1629. " +
		"In 1666 he moved to Paris. Huygens was its most eminent foreign member and lodged in the royal library. " +
		"In 1670 Huygens was appointed head of its library. " +
		"Huygens designed the first pendulum clock in 1656."
	for _, s := range analyseText(t, text) {
		if (strings.Contains(s.Text, "its most eminent") || strings.Contains(s.Text, "head of its")) && s.Usable {
			t.Errorf("%q usable; want it held back for its \"its\"", s.Text)
		}
		if strings.Contains(s.Text, "pendulum") && !s.Usable {
			t.Errorf("%q held back; want it usable", s.Text)
		}
	}
}

// TestItAfterLightObject: a noun that only completes its verb ("took sole
// control") is nothing an "it" could mean. Read blind, "In 1875 Morris
// took sole control and renamed it Morris & Co." was called dangling.
func TestItAfterLightObject(t *testing.T) {
	text := "William Morris\n\nWilliam Morris was an English designer and poet. He was born in 1834. " +
		"In 1875 Morris took sole control and renamed it Morris & Co. " +
		"In 1877 Morris took control of a small dye works and moved it to Merton Abbey. " +
		"Morris designed the Strawberry Thief pattern in 1883."
	found := 0
	for _, s := range analyseText(t, text) {
		switch {
		case strings.Contains(s.Text, "renamed it"):
			found++
			if s.Usable {
				t.Errorf("%q usable; want it held back for its \"it\"", s.Text)
			}
		case strings.Contains(s.Text, "moved it"):
			found++
			if !s.Usable {
				t.Errorf("%q held back; want it usable: the firm is named", s.Text)
			}
		}
	}
	if found != 2 {
		t.Fatalf("found %d of the 2 sentences", found)
	}
}

// TestObjectHer: "her" before a determiner is the object, not an owner:
// "made her an honorary member" is never "made Caroline Herschel's an
// honorary member".
func TestObjectHer(t *testing.T) {
	text := devText(t, "biography_caroline-herschel.txt")
	for _, s := range analyseText(t, text) {
		if strings.Contains(s.Text, "'s an") {
			t.Errorf("resolved to %q; want the object, not a possessive", s.Text)
		}
	}
	for s, want := range map[string]bool{"Mary sold her house in Bath in 1835.": true, "Mary wore her yellowing wedding dress every day.": true,
		"Her most famous book, Silent Spring, appeared in 1962.":       true,
		"Her first entirely new hospital was the asylum at Trenton.":   true,
		"The comet discoveries of 1786 made her famous across Europe.": false, "In 1828 the society gave her the gold medal.": false} {
		sents := analyseText(t, "Example\n\n"+s)
		if len(sents) == 0 {
			t.Fatalf("%q: no sentence", s)
		}
		ts := sents[0].Toks
		for k, tk := range ts {
			if strings.EqualFold(tk.Text, "her") && possessiveHer(ts, k) != want {
				t.Errorf("possessiveHer(%q) = %v; want %v", s, !want, want)
			}
		}
	}
}

// TestLifePronounAfterOther: in a life of a woman, "her" in a sentence
// whose subject is another person named points back to the sentences
// before for whose it is; a sentence naming her keeps its "she".
func TestLifePronounAfterOther(t *testing.T) {
	text := devText(t, "biography_lotte-reiniger.txt")
	kept := 0
	for _, s := range analyseText(t, text) {
		switch {
		case (strings.HasPrefix(s.Text, "Paul Wegener noticed") || strings.HasPrefix(s.Text, "Carl Koch became her")) && s.Usable:
			t.Errorf("%q usable; whose is not said", s.Text)
		case strings.Contains(s.Text, "Reiniger spent the next three years") && s.Usable:
			kept++
		}
	}
	if kept == 0 {
		t.Error("the sentence naming Reiniger before \"his garage\" was lost")
	}
}

// TestPronounBeforeItsName: a pronoun in an opening clause whose main
// clause names the person stays a pronoun ("After her father died in
// 1752, Agnesi abandoned mathematics"), neither doubled into "After
// Agnesi's father died, Agnesi" nor dropped.
func TestPronounBeforeItsName(t *testing.T) {
	text := "Maria Gaetana Agnesi\n\nMaria Gaetana Agnesi (1718 – 1799) was an Italian mathematician. She wrote a famous textbook on calculus in 1748. " +
		"After her father died in 1752, Agnesi largely abandoned mathematics."
	sents := analyseText(t, text)
	last := sents[len(sents)-1]
	if got := join(last.Q); got != "After her father died in 1752, Agnesi largely abandoned mathematics." || !last.Usable {
		t.Errorf("%q (usable %v); want the sentence as written, usable", got, last.Usable)
	}
}

// TestPronounBeforeItsOwner: a "his" in an opening whose main clause
// opens with the person's possession ("After his death Monteverdi's
// music was forgotten") stays a pronoun, not "After Monteverdi's death
// Monteverdi's music".
func TestPronounBeforeItsOwner(t *testing.T) {
	text := "Claudio Monteverdi\n\nClaudio Monteverdi was an Italian composer. He died in Venice in 1643. " +
		"After his death Monteverdi's music was largely forgotten for more than two centuries."
	sents := analyseText(t, text)
	last := sents[len(sents)-1]
	if got := join(last.Q); got != "After his death Monteverdi's music was largely forgotten for more than two centuries." || !last.Usable {
		t.Errorf("%q (usable %v); want the sentence as written, usable", got, last.Usable)
	}
}

// TestPronounOfTheOnlyPerson: in a guide to a play, a "he" after a
// sentence that names one man only is that man, though the guide is
// about the play.
func TestPronounOfTheOnlyPerson(t *testing.T) {
	guide := "Doctor Faustus by Christopher Marlowe\n\nThe Tragical History of the Life and Death of Doctor Faustus is a tragedy by Christopher Marlowe. " +
		"Faustus is a scholar at Wittenberg. He is restless and proud.\n\n" +
		"The devils bring rich gifts to Faustus at night. As he watches, the devils dance for hours."
	found := false
	for _, s := range analyseText(t, guide) {
		found = found || strings.Contains(s.Text, "Faustus watches, the devils dance") && s.Usable
	}
	if !found {
		t.Error("\"As he watches\" after a sentence naming Faustus alone was not named Faustus")
	}
}

// TestSubjectAfterOpeningGoesOn: the name after an opening phrase is who
// the next sentence's "he" goes on with ("In his study, Faustus reviews
// ... He turns to magic"); in a life, a first name there is still the
// life's subject, named as the life names it.
func TestSubjectAfterOpeningGoesOn(t *testing.T) {
	withoutWording(t)
	guide := "Doctor Faustus by Christopher Marlowe\n\nThe Tragical History of the Life and Death of Doctor Faustus is a tragedy by Christopher Marlowe. " +
		"Faustus is a scholar at Wittenberg. He is restless and proud.\n\n" +
		"In his study, Faustus reviews the subjects he has mastered. He turns to magic in 1588."
	found := false
	for _, s := range analyseText(t, guide) {
		found = found || s.Text == "Faustus turns to magic in 1588." && s.Usable
	}
	if !found {
		t.Error("\"He turns to magic\" was not named Faustus")
	}
	asked := false
	for _, q := range devQuestions(t, "biography_julia-margaret-cameron.txt") {
		if strings.Contains(q.Stem, "return to India") {
			asked = true
			if !strings.Contains(q.Stem, "Cameron") {
				t.Errorf("%q: named by her first name alone", q.Stem)
			}
		}
	}
	if !asked {
		t.Error("her return to India was not asked")
	}
}

// TestOpeningPronounAfterRival: a "his" in an opening phrase, with another
// man named after it, is not resolved to the man of the sentence before.
func TestOpeningPronounAfterRival(t *testing.T) {
	text := "The Picture of Dorian Gray\n\nLord Henry Wotton is a witty aristocrat who admires Dorian Gray. " +
		"Lord Henry marries in 1880. On the eve of his thirty-eighth birthday, Basil visits Dorian before leaving for Paris."
	for _, s := range analyseText(t, text) {
		if strings.Contains(s.Text, "Henry's thirty-eighth") || strings.Contains(s.Text, "Wotton's thirty-eighth") {
			t.Errorf("resolved to %q; want the opening's his left open", s.Text)
		}
	}
}

// TestOpeningBeforePronoun: what opens a sentence does not hide the
// person or thing its pronoun means. An opening place the tagger runs into
// the subject's name ("At Padua Galileo Galilei") leaves the person it
// ends with as the antecedent of a later "he"; "Built of local flagstone
// ..., it is" describes the article's subject, which the statement then
// names (the opening phrase's nouns are not the "it").
func TestOpeningBeforePronoun(t *testing.T) {
	for _, c := range []struct {
		text, contains string // contains: "" when the sentence need only be usable
	}{
		{"Galileo Galilei\n\nGalileo Galilei was an Italian astronomer. He taught at Pisa. He was a famous man. " +
			"At Padua Galileo Galilei devised a military compass, and he carried out experiments with rolling balls.", ""},
		{"Skara Brae\n\nSkara Brae is a Neolithic settlement on the Bay of Skaill in Orkney. " +
			"Built of local flagstone and occupied between about 3200 and 2500 BC, it is one of the best-preserved prehistoric villages in Europe.",
			"Skara Brae is one of"},
		{"Great Mosque of Djenné\n\nThe Great Mosque of Djenné is a mosque built of mud brick in the town of Djenné, in Mali. " +
			"Standing on the floodplain of the Bani River, it is described as the largest mud-brick building in the world.",
			"the Great Mosque of Djenné is described"},
	} {
		sents := analyseText(t, c.text)
		last := sents[len(sents)-1]
		if c.contains == "" && !last.Usable {
			t.Errorf("%q not usable; want the pronoun taken for the person named before it", last.Text)
		}
		if c.contains != "" && !strings.Contains(last.Text, c.contains) {
			t.Errorf("%q; want the subject named for the pronoun (%q)", last.Text, c.contains)
		}
	}
}

// TestExistentialThere: "There are five kinds of X" counts, and stands
// alone; "There he met ..." and an uncounted "There are ..." point back.
func TestExistentialThere(t *testing.T) {
	for text, want := range map[string]bool{
		"There are around 3,000 kinds of dragonflies in the world.": true,
		"There have been 12 eruptions since records began.":         true,
		"There he met his future wife.":                             false,
		"There are grassy hills, open woods and sandy beaches.":     false,
	} {
		sents := analyseText(t, "Example\n\n"+text)
		if got := !anaphoric(sents[0].Q); got != want {
			t.Errorf("%q stands alone = %v; want %v", text, got, want)
		}
	}
}

// TestTheyIsThePluralTopic: a "They" or "Their" opening the sentence after
// one that opens with the plural the text is titled by is those animals;
// not when that sentence names another plural, and not with a modifier.
func TestTheyIsThePluralTopic(t *testing.T) {
	sents := analyseText(t, "Dragonflies\n\nDragonflies have been around for a very long time. "+
		"Their relatives were flying more than 300 million years ago. "+
		"Dragonflies eat mosquitoes and midges. They hunt over ponds.")
	if len(sents) != 4 {
		t.Fatalf("%d sentences; want 4", len(sents))
	}
	wantOpening(t, sents[1], "Dragonflies' relatives were flying")
	if sents[3].Usable {
		t.Errorf("%q usable; want 'They' open after two plurals", sents[3].Text)
	}
	sents = analyseText(t, "Orangutans\n\nBaby orangutans stay with their mothers. They learn to climb.")
	if sents[1].Usable {
		t.Errorf("%q usable; want 'They' open after 'Baby orangutans'", sents[1].Text)
	}
	// The title's words before its plural are the plural too, and a plural
	// name beside it is no rival.
	sents = analyseText(t, "Blue-Ringed Octopuses: Small and Shy\n\nBlue-ringed octopuses live in the Pacific and Indian Oceans. "+
		"They are found in warm waters from Japan to Australia.")
	wantOpening(t, sents[1], "Blue-ringed octopuses are found")
}

// TestWithinSentenceReferences: "the same ... as", "at the same time"
// inside a sentence, "another" after "each" or "one", "those who" and "he
// or she" point to nothing outside it; the same words opening a sentence
// or standing alone still do.
func TestWithinSentenceReferences(t *testing.T) {
	for text, want := range map[string]bool{
		"In 1971 a group of scientists described four conditions that must all hold at the same time for a deadlock to occur.": true,
		"A thermometer in the wind reads the same as one in shelter.":                                                          true,
		"At the same time, the second thread locks the other file.":                                                            false,
		"The Romans built the same kind of road in Gaul.":                                                                      false,
		"A deadlock is a situation in which two or more processes are each waiting for something that another process holds.":  true,
		"Another approach is to break the cycle of waiting processes.":                                                         false,
		"Shops often give discounts to those who are least able to pay.":                                                       true,
		"First-degree price discrimination means charging each buyer the most that he or she is willing to pay.":               true,
		// The writer's wonder gives the answer away; a label and its
		// examples are no statement, whatever the tagger makes of "Classes".
		"Amazingly, a baobab can grow new bark after some has been stripped away.": false,
		"Classes 3 and 4 (m-/mi-): many trees, plants and body parts.":             false,
		"Silkworms eat only one thing: the leaves of the mulberry tree.":           true,
		// An amount of what?
		"Many thousands live on Banks Island in Canada's Northwest Territories.": false,
		"A large share died of disease at sea or in Asia.":                       false,
		"A large share of the sailors died of disease at sea or in Asia.":        true,
	} {
		sents := analyseText(t, "Example\n\n"+text)
		if len(sents) != 1 {
			t.Fatalf("%q: %d sentences", text, len(sents))
		}
		if got := sents[0].Usable; got != want {
			t.Errorf("%q usable = %v (%q, well formed %v); want %v", text, got, leansOnContext(sents[0].Q, sents[0].Art), wellFormed(sents[0].Q), want)
		}
	}
}

// TestDefiniteNamedOrDated: "the Austrian physicist Josef Loschmidt" names
// the one it means and "the 1860s" is a time, however often the words came
// before; "the physicist" alone still points back.
func TestDefiniteNamedOrDated(t *testing.T) {
	sents := analyseText(t, "Molecules\n\nThe German physicist Rudolf Clausius studied gases in the 1850s. "+
		"In 1865 the Austrian physicist Josef Loschmidt estimated the size of molecules in a gas. "+
		"Chemists agreed on atomic weights at last in the 1860s. "+
		"In 1870 the physicist published a second estimate of the number of molecules.")
	if len(sents) != 4 {
		t.Fatalf("%d sentences; want 4", len(sents))
	}
	for _, i := range []int{1, 2} {
		if !sents[i].Usable {
			t.Errorf("%q not usable: %q", sents[i].Text, leansOnContext(sents[i].Q, sents[i].Art))
		}
	}
	if sents[3].Usable {
		t.Errorf("%q usable; want 'the physicist' to point back", sents[3].Text)
	}
}

// TestItAfterTheTitle: "The Adventures of Tom Sawyer is a novel ... It
// follows a boy": "It" is the book, not Tom.
func TestItAfterTheTitle(t *testing.T) {
	sents := analyseText(t, "The Adventures of Tom Sawyer\n\nThe Adventures of Tom Sawyer is a novel by Mark Twain, published in 1876. "+
		"It follows a mischievous boy growing up in a small town on the Mississippi River. Tom lives with his Aunt Polly. Tom skips school to go swimming.")
	if strings.HasPrefix(sents[1].Text, "Tom ") {
		t.Errorf("%q: 'It' named as Tom", sents[1].Text)
	}
}

// TestHistoricPresent: a dated timeline line in the present tense is
// asked in the past; a past tense, a state since a date, or a participle
// opening ("Founded in 1660, the society is ...") stays as it is.
func TestHistoricPresent(t *testing.T) {
	for text, want := range map[string]string{
		"In 1839 several thousand Chartists march on Newport in south Wales.":            "In 1839 several thousand Chartists marched on Newport in south Wales.",
		"In 1839 several thousand Chartists marched on Newport in south Wales.":          "",
		"Founded in 1660, the Royal Society is the oldest scientific academy in Europe.": "",
		"In 2019 the constant has been fixed at an exact value by the committee.":        "",
	} {
		sents := analyseText(t, "Example\n\n"+text)
		if want == "" {
			want = text
		}
		if got := join(sents[0].Q); got != want || strings.HasSuffix(got, "Wales.") && !sents[0].Usable {
			t.Errorf("%q asked as %q (usable %v); want %q", text, got, sents[0].Usable, want)
		}
		if historicPresent(sents[0].Q, sents[0].Art, false) {
			t.Errorf("%q: still in the historic present", text)
		}
	}
}

// TestConceptNamedAsWritten: a concept's "It" is named as the text writes
// it, not in the title's capitals.
func TestConceptNamedAsWritten(t *testing.T) {
	sents := analyseText(t, "Static Electricity\n\nStatic electricity is the build-up of electric charge on the surface of an object. "+
		"It is made of the same thing as the current in a household wire: electric charge.")
	if len(sents) != 2 || !strings.HasPrefix(sents[1].Text, "Static electricity is made") {
		t.Errorf("second sentence %q; want it to open \"Static electricity is made\"", sents[len(sents)-1].Text)
	}
	// A title with "The" is written small inside a sentence: "Because the
	// Poisson distribution deals ...", not "Because The Poisson ...".
	sents = analyseText(t, "The Poisson Distribution\n\nThe Poisson distribution is a probability distribution of counts. "+
		"Because it deals with whole-number counts, it is a discrete distribution.")
	if len(sents) != 2 || !strings.HasPrefix(sents[1].Text, "Because the Poisson distribution deals") {
		t.Errorf("second sentence %q; want it to open \"Because the Poisson distribution deals\"", sents[len(sents)-1].Text)
	}
}

// TestOpeningPossessive: "his" in an opening phrase belongs to the subject
// named right after it, and is left as written; an apposition after a verb
// ("The novel opens as her governess, Miss Taylor, marries") is no such
// subject.
func TestOpeningPossessive(t *testing.T) {
	sents := analyseText(t, "Christopher Wren\n\nChristopher Wren was an English architect. He designed St Paul's Cathedral. "+
		"In 1718, in his mid-eighties, Wren was dismissed from the surveyorship amid court intrigue.")
	s := sents[len(sents)-1]
	if got := join(s.Q); !s.Usable || got != "In 1718, in his mid-eighties, Wren was dismissed from the surveyorship amid court intrigue." {
		t.Errorf("got %q (usable %v); want the sentence as written, asked", got, s.Usable)
	}
	// A purpose opening too: "To show his sequences in motion, Muybridge
	// invented ..." was written "To show Eadweard Muybridge's sequences".
	sents = analyseText(t, "Eadweard Muybridge\n\nEadweard Muybridge was an English photographer. He photographed a galloping horse in 1878. "+
		"To show his sequences in motion, Muybridge invented the zoopraxiscope in 1879.")
	s = sents[len(sents)-1]
	if got := join(s.Q); !s.Usable || got != "To show his sequences in motion, Muybridge invented the zoopraxiscope in 1879." {
		t.Errorf("got %q (usable %v); want the sentence as written, asked", got, s.Usable)
	}
}

// TestAsQuestionStop: a stop the tokenizer kept on the last word goes
// ("War.?" was written); an abbreviation keeps its own ("D.C.?").
func TestAsQuestionStop(t *testing.T) {
	words := func(ws ...string) []tok {
		var ts []tok
		for i, w := range ws {
			ts = append(ts, tok{Text: w, Sp: i > 0})
		}
		return ts
	}
	if got := asQuestion(words("In", "what", "year", "did", "he", "return,", "in", "the", "Civil", "War.")); got != "In what year did he return, in the Civil War?" {
		t.Errorf("asQuestion = %q", got)
	}
	if got := asQuestion(words("Where", "did", "he", "move", "in", "Washington", "D.C.")); got != "Where did he move in Washington D.C.?" {
		t.Errorf("asQuestion = %q", got)
	}
}

// TestOpeningHisWithoutComma: "In his last years Lomonosov became …"
// names its "his" right after the opening phrase, comma or not: asked as
// it stands, not with the name doubled ("In Lomonosov's last years
// Lomonosov"); a name inside the opening ("his letter to Queen Victoria")
// is not the subject.
func TestOpeningHisWithoutComma(t *testing.T) {
	text := "Mikhail Lomonosov\n\nMikhail Lomonosov was a Russian scientist and poet. He studied chemistry in Marburg. " +
		"In his last years Lomonosov became a state councillor and was elected to the Swedish Academy of Sciences. " +
		"In his letter to Queen Victoria, Dickens praised the book. " +
		"During his apprenticeship Lomonosov first met the poet Trediakovsky."
	want := map[string]bool{
		"During his apprenticeship Lomonosov first met the poet Trediakovsky.":                                      true,
		"In his last years Lomonosov became a state councillor and was elected to the Swedish Academy of Sciences.": true,
		"In his letter to Queen Victoria, Dickens praised the book.":                                                false,
	}
	for _, s := range analyseText(t, text) {
		if q := join(s.Q); strings.Contains(q, "Lomonosov's last years Lomonosov") {
			t.Errorf("%q: the name doubled", q)
		}
	}
	usableAsWritten(t, text, want)
}

// TestObjectPronounInOpening: an opening's object "her" is not the
// subject named after it ("Encouraged by her, Heidi"), a possessive is.
func TestObjectPronounInOpening(t *testing.T) {
	text := "Heidi\n\nHeidi is an orphan who lives with her grandfather in the Alps. She is sent to Frankfurt. " +
		"Encouraged by her, Heidi learns to read and begins to pray. " +
		"In her first weeks in Frankfurt, Heidi grows pale and homesick."
	want := map[string]bool{
		"Encouraged by her, Heidi learns to read and begins to pray.":     false,
		"In her first weeks in Frankfurt, Heidi grows pale and homesick.": true,
	}
	usableAsWritten(t, text, want)
}

// usableAsWritten checks that each wanted sentence of text is found as
// written (not rewritten by resolution) and is usable or not as wanted.
func usableAsWritten(t *testing.T, text string, want map[string]bool) {
	t.Helper()
	for _, s := range analyseText(t, text) {
		q := join(s.Q)
		if w, ok := want[q]; ok && s.Usable != w {
			t.Errorf("%q usable %v; want %v", q, s.Usable, w)
		}
		delete(want, q)
	}
	if len(want) > 0 {
		t.Errorf("not found as written: %v", want)
	}
}

// TestNoteStepSubject: a numbered step written as a note ("Motor neurone
// carries the impulse to the effector") has no article before a noun the
// notes count ("motor neurones"); a mass noun or the topic's own name
// needs none.
func TestNoteStepSubject(t *testing.T) {
	notes := "# Surface tension and nerves\n\nRelay neurones pass impulses from sensory neurones to motor neurones. Warm air rises above the bench.\n\n" +
		"1. Sensory neurone carries the impulse to the spinal cord.\n2. Motor neurone carries the impulse to the effector.\n\n" +
		"Surface tension falls as temperature rises."
	want := map[string]bool{
		"Sensory neurone carries the impulse to the spinal cord.": false,
		"Motor neurone carries the impulse to the effector.":      false,
		"Warm air rises above the bench.":                         true,
		"Surface tension falls as temperature rises.":             true,
	}
	a := clean("notes.md", notes)
	for _, s := range analyseText(t, notes) {
		if w, ok := want[join(s.Q)]; ok {
			if got := bareCountSubject(s.Q, &a); got == w {
				t.Errorf("%q: bare count subject %v", join(s.Q), got)
			}
			delete(want, join(s.Q))
		}
	}
	if len(want) > 0 {
		t.Errorf("not found as written: %v", want)
	}
}

// TestTheAcademyOfTwo: "the Academy" leans on the sentences before when
// the text names two academies; with one, it says which.
func TestTheAcademyOfTwo(t *testing.T) {
	two := "Mikhail Lomonosov\n\nMikhail Lomonosov studied at the Slavic Greek Latin Academy in Moscow. In 1736 he was sent to the St Petersburg Academy of Sciences. " +
		"In 1742 the Academy made Lomonosov an adjunct in physics."
	one := "Mikhail Lomonosov\n\nIn 1736 Mikhail Lomonosov was sent to the Academy of Sciences in St Petersburg. " +
		"In 1742 the Academy made Lomonosov an adjunct in physics."
	for text, want := range map[string]bool{two: false, one: true} {
		for _, s := range analyseText(t, text) {
			if strings.HasPrefix(s.Text, "In 1742") && s.Usable != want {
				t.Errorf("%q usable %v; want %v (%d academies)", s.Text, s.Usable, want, map[bool]int{true: 1, false: 2}[want])
			}
		}
	}
}

// TestBookHasNoSex: in a guide to "The Awakening" the book is no "she",
// and "Léonce Pontellier, her husband," says nothing of Léonce's sex: both
// "her"s point to someone the sentence does not name.
func TestBookHasNoSex(t *testing.T) {
	text := "The Awakening by Kate Chopin: A Guide\n\n" +
		"The Awakening is a short novel by the American writer Kate Chopin, published in 1899. " +
		"The Awakening was her second novel, and it shocked many readers. " +
		"It is set in Louisiana. Edna Pontellier is a young wife and mother. She spends the summer at Grand Isle. " +
		"She learns to swim there. Léonce Pontellier, her husband, is conventional and anxious about appearances. " +
		"Edna returns to New Orleans in the autumn and she begins to paint."
	for _, s := range analyseText(t, text) {
		if (strings.Contains(s.Text, "her second novel") || strings.Contains(s.Text, "her husband")) && s.Usable {
			t.Errorf("%q usable; want it held back for its \"her\"", s.Text)
		}
	}
}

// TestGuideWriterSex: in a guide to a novel that its title credits ("The
// Lover by Marguerite Duras"), the writer's sex is what the sentences
// about her show, not what every pronoun of the plot does; her birth name
// is no second person beside her, and "in what was then French
// Indochina" leans on nothing. So "She grew up in the colony" names her.
func TestGuideWriterSex(t *testing.T) {
	text := "The Lover by Marguerite Duras: A Study Guide\n\n" +
		"Marguerite Duras was born Marguerite Donnadieu on 4 April 1914 in Gia Dinh, near Saigon, in what was then French Indochina. " +
		"She grew up near Saigon, where her widowed mother taught in state schools, and settled in France in 1932. " +
		"The narrator is an old woman in Paris. He is twelve years older than the girl. He offers her a lift. " +
		"He tells her that he still loves her. He cannot defy his father, and he marries a Chinese girl."
	sents := analyseText(t, text)
	if g := sents[0].Art.Ent.genderOf("Marguerite Duras"); g != 'f' {
		t.Errorf("Marguerite Duras has sex %q; want f", g)
	}
	if got := leanOf(t, "Volta was born in Como, in what was then the Austrian-ruled Duchy of Milan."); got != "" {
		t.Errorf("\"in what was then\" leans on %q; want nothing: the time is said in the sentence", got)
	}
	if !strings.HasPrefix(sents[1].Text, "Marguerite Duras grew up") {
		t.Errorf("second sentence %q; want \"She\" named as Marguerite Duras", sents[1].Text)
	}
}

// In a text of general truths, "the day" of a statement about a kind of
// thing is any day; in a story's past, or in a text of particulars, it is
// one told of before.
func TestGeneralTruthDefinite(t *testing.T) {
	for _, s := range []string{
		"Short-day plants flower when the day is shorter than a certain critical length.",
		"A photoperiod is the length of the light period in a 24-hour cycle.",
	} {
		if got := leanOf(t, s); got != "" {
			t.Errorf("leansOnContext(%q) = %q; want \"\" in a text of general truths", s, got)
		}
		a := clean("t.txt", "Example\n\n"+s)
		a.specifics = 0.8 // most sentences name or date something
		if got := leansOnContext(simplify(analyseText(t, "Example\n\n"+s)[0].Toks), &a); got == "" {
			t.Errorf("leansOnContext(%q) = \"\" in a text of particulars; want a reason", s)
		}
	}
	if got := leanOf(t, "Short-day plants flowered when the day was shorter than a certain critical length."); got == "" {
		t.Errorf("a told past's \"the day\" stands alone; want a reason")
	}
}

// TestHeAfterParticipleOpening: the "he" after an opening participle
// phrase is not the name inside the phrase, which is what the doer acts on:
// left unnamed, the sentence is not asked.
func TestHeAfterParticipleOpening(t *testing.T) {
	text := devText(t, "literature_the-wild-duck.txt")
	for _, s := range analyseText(t, text) {
		if s.Usable && strings.Contains(join(s.Q), ", he takes") {
			t.Errorf("asked with its he unnamed: %q", join(s.Q))
		}
	}
	// A subordinate clause has its own subject, and the "he" after it may be it.
	if got := strayPronoun(analyseText(t, "Example\n\nWhen Hjalmar learns the truth, he leaves the house.")[0].Q, votes{}); got {
		t.Error("strayPronoun(When Hjalmar learns the truth, he leaves) = true")
	}
}

// TestConceptTitleNotOpening: a concept text whose first sentence does not
// open with its title still has the title for subject when it keeps using
// it, and an "it" after the subject's sentence is named.
func TestConceptTitleNotOpening(t *testing.T) {
	text := "The Harmonic Mean\n\nMost people learn one kind of average at school. " +
		"A useful alternative is the harmonic mean, an average suited to rates and ratios. " +
		"The harmonic mean of 1 and 100 is about 1.98. " +
		"It is undefined if any value is zero. " +
		"The harmonic mean is never larger than the arithmetic mean."
	sents := analyseText(t, text)
	s := sents[3]
	if got := join(s.Q); got != "The harmonic mean is undefined if any value is zero." {
		t.Errorf("got %q; want the subject named for its \"it\"", got)
	}
}

// TestCountryIsNoMan: in a life, "India issued a postage stamp in his
// honour" is the subject's honour; India gets no sex from it, and the
// sentence, whose "his" names no one, is not asked alone.
func TestCountryIsNoMan(t *testing.T) {
	text := "Dhyan Chand\n\nDhyan Chand was an Indian field hockey player. He was born in Allahabad in 1905. " +
		"He won three Olympic gold medals. He died in Delhi in 1979. India issued a postage stamp in his honour in 1980."
	for _, s := range analyseText(t, text) {
		if strings.HasPrefix(s.Text, "India issued") && s.Usable {
			t.Errorf("%q asked alone: whose honour?", s.Text)
		}
	}
}

// TestCopulaPossessiveIsSomeoneElses: "Salvador Allende … was her father's
// cousin" makes no woman of Salvador Allende, so the "she" after it is not
// his: read blind, "In what year did Salvador Allende go into exile?" was
// the author's exile put on her father's cousin.
func TestCopulaPossessiveIsSomeoneElses(t *testing.T) {
	text := "The House of the Spirits (La casa de los espíritus): A Study Guide\n\nAuthor and background\n\n" +
		"The House of the Spirits is the first novel of the Chilean writer Isabel Allende. " +
		"It was published in Spanish in Barcelona in 1982, and an English translation by Magda Bogin appeared in 1985. " +
		"Allende was born in 1942 in Lima, Peru, and grew up largely in Santiago. " +
		"Salvador Allende, the socialist president of Chile who died during the military coup of 11 September 1973, was her father's cousin. " +
		"In 1975 she went into exile in Caracas, Venezuela. " +
		"In January 1981, when she learned that her grandfather in Chile was dying, she began writing him a letter."
	for _, s := range analyseText(t, text) {
		if strings.Contains(join(s.Q), "Salvador Allende went") {
			t.Errorf("%q resolved to %q; want the \"she\" left to someone other than Salvador Allende", s.Text, join(s.Q))
		}
	}
}

// TestOpeningPossessiveLeftToSubject: "After his mother's death he spent
// …" names the subject, not the opening's possessive ("After Arguedas's
// mother's death he spent" was read blind as broken grammar).
func TestOpeningPossessiveLeftToSubject(t *testing.T) {
	text := "José María Arguedas\n\nJosé María Arguedas was a Peruvian novelist, born in 1911 in Andahuaylas. " +
		"After his mother's death he spent much of his childhood among Quechua-speaking servants."
	found := false
	for _, s := range analyseText(t, text) {
		q := join(s.Q)
		if !strings.Contains(s.Text, "mother's death") {
			continue
		}
		found = true
		if strings.Contains(q, "Arguedas's mother") || !strings.Contains(q, "death José María Arguedas spent") && !strings.Contains(q, "death Arguedas spent") {
			t.Errorf("resolved as %q; want the name given to the subject", q)
		}
	}
	if !found {
		t.Fatal("no sentence on the mother's death")
	}
}

// TestPossessiveAfterCopula: "The Channel Islands are one of their most
// important homes" says what the islands are to someone the sentence does
// not name; "An elephant's trunk is its nose" names its owner in the
// subject.
func TestPossessiveAfterCopula(t *testing.T) {
	text := "Sea Lions\n\nSea lions are noisy. Most baby sea lions are born on islands off southern California. " +
		"The Channel Islands are one of their most important homes. An elephant's trunk is its nose and top lip joined together."
	for _, s := range analyseText(t, text) {
		switch {
		case strings.Contains(s.Text, "Channel Islands") && s.Usable && !s.Resolved:
			t.Errorf("%q usable as it stands; want its \"their\" held back", s.Text)
		case strings.Contains(s.Text, "trunk") && !s.Usable:
			t.Errorf("%q held back; want it usable", s.Text)
		}
	}
}

// TestPinnedAndOwnSubject: a definite phrase seen before still stands when
// a name or a century's ordinal says which one; an "its" in an opening
// phrase is the text's subject when the clause after it names that
// subject; a subject with an appositive of other names still carries a
// pronoun to the next sentence.
func TestPinnedAndOwnSubject(t *testing.T) {
	text := "Kingdom of Mutapa\n\nThe Kingdom of Mutapa, also called the Mutapa Empire, Mwenemutapa or Munhumutapa, and known in Portuguese sources as Monomotapa, was a Shona state in south-eastern Africa. " +
		"At its greatest extent it controlled much of the plateau between the Zambezi and Limpopo rivers. " +
		"In the early sixteenth century the Portuguese reached the coast. A trading station stood in the valley of the Zambezi. " +
		"Civil wars weakened royal power throughout the seventeenth century. Mutapa withdrew into the Zambezi valley in 1723. " +
		"The first rule was broken by the traders. The rule was broken again in 1750.\n"
	want := map[string]bool{
		"At its greatest extent the Kingdom of Mutapa controlled": true,
		"Civil wars weakened":              true,
		"Mutapa withdrew into the Zambezi": true,
		"The rule was broken again":        false,
	}
	for _, s := range analyseText(t, text) {
		for prefix, usable := range want {
			if strings.HasPrefix(s.Text, prefix) {
				if s.Usable != usable {
					t.Errorf("%q usable = %v, want %v", s.Text, s.Usable, usable)
				}
				delete(want, prefix)
			}
		}
	}
	for prefix := range want {
		t.Errorf("no sentence %q…", prefix)
	}
}

// TestObjectPronounIsNoVote: "Iago stabs her and flees; she dies" makes
// no woman of Iago.
func TestObjectPronounIsNoVote(t *testing.T) {
	m, f := pronounCounts(analyseText(t, "Othello\n\nIago stabs her and flees; she dies asking to be laid beside her mistress.")[0].Toks, true)
	if m != 0 || f != 0 {
		t.Errorf("votes m=%d f=%d; want none", m, f)
	}
	m, f = pronounCounts(analyseText(t, "Othello\n\nHenchard warms to him at once and persuades him to stay as his manager.")[0].Toks, true)
	if m != 1 {
		t.Errorf("votes m=%d f=%d; want the one his", m, f)
	}
}

// TestEraStartsNoName: "in 332 BC Alexander besieged Tyre" gives no
// person "BC Alexander" to write out in later sentences.
func TestEraStartsNoName(t *testing.T) {
	sents := analyseText(t, "Tyre\n\nIn 332 BC Alexander the Great besieged Tyre for seven months. The city recovered under Alexander's successors and became self-governing in 126 BC.")
	for _, s := range sents {
		if strings.Contains(s.Text, "BC Alexander's") {
			t.Errorf("%q names a BC Alexander", s.Text)
		}
	}
}

// TestLifeAfterAgedAndCapitalOpening: "aged 28" is no verb before the
// subject, and "Heavy use" at the start of a sentence names no rival for
// the "she" after it.
func TestLifeAfterAgedAndCapitalOpening(t *testing.T) {
	text := "Jenny Lind (1820–1887)\n\nJenny Lind was a Swedish soprano. She sang opera for a decade.\n\nStockholm\n\n" +
		"Her debut came in 1838, when she sang Agathe at the Royal Swedish Opera. Heavy use, however, was wearing her voice out. " +
		"In 1841 she went to Paris to study with Manuel García. In 1849, aged 28, Jenny Lind gave her last opera performance.\n"
	usableAsWritten(t, text, map[string]bool{
		"In 1841 Jenny Lind went to Paris to study with Manuel García.": true,
		"In 1849, aged 28, Jenny Lind gave her last opera performance.": true,
	})
}

// TestAppositionPossessiveIsAnothers: "Ibrahim Pasha, his oldest friend,"
// is not Ibrahim's own friend: the "his" is the life's subject's, and the
// sentence names him.
func TestAppositionPossessiveIsAnothers(t *testing.T) {
	b := devText(t, "biography_suleiman-the-magnificent.txt")
	found := false
	for _, s := range analyseText(t, b) {
		if !strings.Contains(s.Text, "oldest friend") {
			continue
		}
		found = true
		if q := join(s.Q); s.Usable && !strings.Contains(q, "Suleiman") {
			t.Errorf("asked as %q; want the friend named as Suleiman's", q)
		}
	}
	if !found {
		t.Fatal("no sentence on the friend")
	}
}

// TestWhoClauseOwner: a "his" inside a relative clause on the person just
// named is that person's; not after a comma that may have closed the
// clause, nor with another name between.
func TestWhoClauseOwner(t *testing.T) {
	text := "The Inca Khipu\n\nThe khipu is a device of knotted cords used by the Inca. " +
		"The system was decoded in the early twentieth century by the American scholar Leland Locke, who published his findings in 1923. " +
		"A quarrel with Edmond Halley, who printed the tables in 1712, soured his final years. " +
		"Later the scholar Marcia Ascher, who met Gary Urton at a conference, shared his results."
	for _, s := range analyseText(t, text) {
		switch {
		case strings.Contains(s.Text, "published his findings") && !s.Usable:
			t.Errorf("%q held back; the his is Locke's", s.Text)
		case (strings.Contains(s.Text, "his final years") || strings.Contains(s.Text, "shared his results")) && s.Usable:
			t.Errorf("%q usable; its his may be someone else's", s.Text)
		}
	}
}

// TestItsOfTheSubjectJustNamed: "its" right after the text's own subject,
// with only a verb between, is the subject's, even when the text's "he"
// and "his" (its engineer's) have given the subject a gender; after
// "remained" it is something else's ("Ljubljana remained its capital").
func TestItsOfTheSubjectJustNamed(t *testing.T) {
	text := "Varne Bridge\n\nThe Varne Bridge is a steel arch bridge over the river Wend in Ostland, opened in 1932. " +
		"The engineer John Brand designed the Varne Bridge after he had studied bridges in France. " +
		"He later built two more bridges, and he wrote a book on arches. " +
		"The Varne Bridge takes its name from the village of Varne on the north bank. " +
		"Until 1961 the Varne Bridge remained its only fixed crossing."
	want := map[string]bool{"its name": true, "its only fixed crossing": false}
	found := 0
	for _, s := range analyseText(t, text) {
		for part, usable := range want {
			if !strings.Contains(s.Text, part) {
				continue
			}
			found++
			if lean := leansOnContext(s.Q, s.Art); (lean == "") != usable || usable && !s.Usable {
				t.Errorf("%q: usable %v, leans on %q; want usable %v", s.Text, s.Usable, lean, usable)
			}
		}
	}
	if found != len(want) {
		t.Errorf("found %d of %d sentences", found, len(want))
	}
}

// TestPointAndPartLean: "Beyond that point" points back to a point named
// before, as do "after that" and "that morning", and "take part" said last
// leaves out in what.
func TestPointAndPartLean(t *testing.T) {
	for sentence, want := range map[string]bool{
		"Beyond that point the plate boundary continues as a series of spreading centres.":       true,
		"Every year, hundreds of thousands of people around the world take part.":                true,
		"Every year, hundreds of thousands of people take part in the London Marathon.":          false,
		"At this point the river turns north.":                                                   true,
		"A puffin's mouth has tiny spikes that point backwards.":                                 false,
		"Many males live for only a year or so after that.":                                      true,
		"The method works for material up to 20,000 years old; after that, too little is left.":  true,
		"Sailors from a navy ship called HMS Veronica were in the harbour that morning.":         true,
		"In 1849 Russian troops entered Hungary, and that summer Görgei surrendered at Világos.": false,
		"Darwin argued that, after all, species change.":                                         false,
		"At that very moment a small expedition led by Diego Ortiz was marching inland.":         true,
		"On that same day the council voted to close the harbour.":                               true,
	} {
		lean := leanOf(t, sentence)
		if (lean != "") != want {
			t.Errorf("%q leans on %q; want leaning %v", sentence, lean, want)
		}
	}
}

// TestStoryGroupsLean: a guide to a novel calls characters it named before
// "the ladies"; alone, which ladies? Read blind, "Aziz impulsively invites
// the ladies to visit the distant Marabar Caves" was called dangling.
func TestStoryGroupsLean(t *testing.T) {
	qs := devQuestions(t, "literature_a-passage-to-india.txt")
	if len(qs) == 0 {
		t.Fatal("no questions on the novel")
	}
	for _, q := range qs {
		if strings.Contains(q.Stem, "the ladies") {
			t.Errorf("asked %q; which ladies?", q.Stem)
		}
	}
}

// TestOtherOpening: "Other" that opens a sentence leans on the ones said
// before, also where the tagger takes the kind for a name because the title
// names it ("Other kangaroo rats" under "Kangaroo Rats").
func TestOtherOpening(t *testing.T) {
	text := "Kangaroo Rats\n\nKangaroo rats live in the deserts of North America. A kangaroo rat drums its feet on the ground. Other kangaroo rats can feel and hear the thumping."
	if why := leanIn(t, text, "Other kangaroo rats"); why == "" {
		t.Error("\"Other kangaroo rats can feel ...\" does not lean; want a reason")
	}
}

// TestOwnSentenceSays: what a sentence says itself does not lean on the
// sentences before: the couple one married ("and they raised"), a month
// after the year of the clause before ("in late 1999 ..., and in
// December"), "the night before his final strip", and the person whose
// death opens the sentence ("After Schulz's death Congress awarded him").
func TestOwnSentenceSays(t *testing.T) {
	text := "Charles Schulz\n\nCharles Schulz was an American cartoonist. He drew the comic strip Peanuts for fifty years. Schulz was a shy boy, and he loved comics. " +
		"Schulz married Joyce Halverson in 1951, and they raised five children. " +
		"In late 1999 Schulz was found to have colon cancer, and in December he announced his retirement. " +
		"Charles Schulz died at home on 12 February 2000, the night before his final Sunday strip. " +
		"After Schulz's death the United States Congress awarded him the Congressional Gold Medal."
	for _, part := range []string{"they raised", "in December", "the night before", "awarded him"} {
		if why := leanIn(t, text, part); why != "" {
			t.Errorf("the sentence with %q leans: %q; want \"\"", part, why)
		}
	}
}

// TestArticleOwnWords: an article on a church calls it "the building"; a
// government its adjective names is one ("the Turkish government"); "led
// first by Whittemore and then by Underwood" is a sequence of its own.
func TestArticleOwnWords(t *testing.T) {
	text := "Kariye Church\n\nThe Kariye Church is a Byzantine church in Istanbul, famous for its mosaics. " +
		"The church was restored between 1315 and 1321. " +
		"In 1945 the Turkish government decided to turn the building into a museum. " +
		"From 1948 the Byzantine Institute of America, led first by Thomas Whittemore and then by Paul A. Underwood, uncovered the mosaics."
	for _, part := range []string{"the building into a museum", "and then by"} {
		if why := leanIn(t, text, part); why != "" {
			t.Errorf("the sentence with %q leans: %q; want \"\"", part, why)
		}
	}
}

// leanIn analyses text as a whole article and returns why its sentence
// holding part leans on the sentences before, or "" when it stands alone.
func leanIn(t *testing.T, text, part string) string {
	t.Helper()
	sents, a, err := analyse(t.Context(), Source{Name: "t.txt", Text: text}, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sents {
		if strings.Contains(s.Text, part) {
			return leansOnContext(s.Q, a)
		}
	}
	t.Fatalf("no sentence with %q", part)
	return ""
}

// TestObjectPronounNotTheSubject: "him" is not the sentence's own subject,
// named before an aside ("Ellen, a young woman, rows from an island and
// offers him shelter"): the sentence leans on the one before.
func TestObjectPronounNotTheSubject(t *testing.T) {
	b := devText(t, "literature_the-lady-of-the-lake.txt")
	found := false
	for _, s := range analyseText(t, b) {
		if strings.Contains(s.Text, "offers him shelter") {
			found = true
			if s.Usable {
				t.Errorf("%q usable; want its \"him\" seen as leaning", s.Text)
			}
		}
	}
	if !found {
		t.Error("the sentence on Ellen not found")
	}
}

// TestKinNamedAfter: "his father" is not the person the sentence names
// after it as the one who flees ("his father's business failed, and
// Pavel fled"), though Pavel was the subject of the sentence before.
func TestKinNamedAfter(t *testing.T) {
	text := "Anton Chekhov\n\nAnton Pavlovich Chekhov (1860–1904) was a Russian writer.\n\n" +
		"Chekhov was born in 1860 in Taganrog. He was the third of six children of Pavel Yegorovich Chekhov, a grocer. " +
		"Pavel Chekhov was a devout and harsh father who beat his sons and made them sing in a church choir he directed.\n\n" +
		"In 1876 his father's business failed, and Pavel fled to Moscow to escape his creditors."
	for _, s := range analyseText(t, text) {
		if q := join(s.Q); s.Usable && strings.Contains(q, "Pavel Chekhov's father") {
			t.Errorf("%q: Pavel is the father", q)
		}
	}
	// A father of the same surname is still his father.
	masaryk := "Tomáš Masaryk\n\nTomáš Garrigue Masaryk was a Czech philosopher and statesman, born in 1850 in Hodonín. " +
		"His father, Josef Masaryk, was a Slovak coachman employed on an imperial estate."
	usableAsWritten(t, masaryk, map[string]bool{
		"Tomáš Garrigue Masaryk's father, Josef Masaryk, was a Slovak coachman employed on an imperial estate.": true,
	})
}

// TestVariableNamedBefore: a statement about goods or quantities the text
// named X and Y before leans on where it named them; a name that ends in
// X does not, nor one that opens with Y ("Y Gododdin"), nor a text's own
// symbol.
func TestVariableNamedBefore(t *testing.T) {
	const text = "Cross-Price Elasticity of Demand\n\nCross-price elasticity of demand measures how the demand for one good responds to the price of another. Take two goods, X and Y, that the same consumers buy. " +
		"Malcolm X spoke about economic independence in Harlem. " +
		"Coffee and tea are substitutes for many consumers. " +
		"In some insects the gene for eye colour is carried on the X chromosome. " +
		"Y Gododdin is a sequence of early Welsh elegies attributed to the poet Aneirin. " +
		"When the price of Y rises, consumers switch some of their spending towards X."
	a := clean("t.txt", text)
	for _, c := range []struct {
		part string
		lean bool
	}{
		{"When the price of Y rises", true},
		{"Malcolm X spoke", false},
		{"Coffee and tea", false},
		{"carried on the X chromosome", false},
		{"Y Gododdin is a sequence", false},
	} {
		found := false
		for _, s := range analyseText(t, text) {
			if !strings.Contains(s.Text, c.part) {
				continue
			}
			found = true
			if why := leansOnContext(s.Q, &a); (why != "") != c.lean {
				t.Errorf("%q: leans %q; want leaning %v", s.Text, why, c.lean)
			}
		}
		if !found {
			t.Errorf("%q not found", c.part)
		}
	}
}

// TestDirectionAndSuperlativeOfWhat: "To the south" and "the biggest one"
// are of something named before; "to the south of the town" and "the
// largest one of the colonies" say what.
func TestDirectionAndSuperlativeOfWhat(t *testing.T) {
	for s, want := range map[string]string{
		"To the south the land drops away sharply to the plains.":                        "the south of what",
		"To the north-east the hills rise steeply above the river.":                      "the north-east of what",
		"The biggest one of all is in Bracken Cave, near San Antonio in Texas.":          "the biggest one of what",
		"Silica is the most important one.":                                              "the most important one of what",
		"Many adults weigh 400 kilograms, and the biggest ones weigh more than a tonne.": "the biggest one of what",
	} {
		if got := leanOf(t, s); got != want {
			t.Errorf("leansOnContext(%q) = %q; want %q", s, got, want)
		}
	}
	for _, s := range []string{
		"To the south of Mexico City the land drops away sharply.",
		"In the southern hills of Wales the winters are long.",
		"Bracken Cave holds the biggest one of the colonies of Mexican free-tailed bats.",
		"Gold is one of the rarest metals.",
		"Every extinguishing method attacks at least one side of the triangle.",
	} {
		if got := leanOf(t, s); strings.Contains(got, " of what") {
			t.Errorf("leansOnContext(%q) = %q; want no \"of what\"", s, got)
		}
	}
}

// TestPlacePutFirst: "Underneath is a soft, woolly underfur" leans on the
// place before it as much as "Underneath, …" does; "Underneath the fur is
// a layer of skin" says under what.
func TestPlacePutFirst(t *testing.T) {
	for _, s := range []string{"Underneath is a soft, woolly underfur that is packed very tightly.", "Nearby is Drumble, a busy commercial city."} {
		if got := leanOf(t, s); got == "" {
			t.Errorf("%q: leans on nothing; want the place before it", s)
		}
	}
	if got := leanOf(t, "Underneath the fur is a layer of thick skin."); strings.Contains(got, "opening") {
		t.Errorf("leans: %q", got)
	}
}

// TestLetterSubject: a capital letter alone as a clause's subject is a
// quantity an equation named before ("K is a small constant" is one too,
// a symbol of a formula).
func TestLetterSubject(t *testing.T) {
	for _, s := range []string{"When the Lorenz curve lies on the diagonal, A is zero.", "If B is below 90, a seller keeps his car."} {
		if got := leanOf(t, s); got == "" {
			t.Errorf("%q: leans on nothing; want the variable named before", s)
		}
	}
	for _, s := range []string{"A tree grows from the seed of a cone.", "A lens only catches light heading roughly forwards.", "In 1944 I was a soldier in the Dutch army.",
		"The pull is about 2GMR/d³, where G is the gravitational constant."} {
		if got := leanOf(t, s); got == "a variable named before" {
			t.Errorf("%q: taken for a variable", s)
		}
	}
}

// TestTheyPastAPlace: "they" after "firms in an oligopoly" is the firms,
// said in the same sentence; the oligopoly they are in is no antecedent.
func TestTheyPastAPlace(t *testing.T) {
	s := "Bertrand competition is a model of how firms in an oligopoly behave when they compete by choosing prices."
	if got := leanOf(t, s); got != "" {
		t.Errorf("%q leans: %q", s, got)
	}
	if got := leanOf(t, "Bertrand competition is a model in which a market behaves as if they chose prices."); got == "" {
		t.Error("\"they\" with no plural before it taken for said")
	}
}
