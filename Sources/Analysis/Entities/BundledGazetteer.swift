/// The bundled gazetteer: countries, their nationality words, major cities, U.S. states and their
/// abbreviations, and major organisations, with their common aliases and spellings.
/// Same format as a user's `--entities` file: `canonical,type,aliases` with aliases separated by `|`.
enum BundledGazetteer {
    static let csv = """
    canonical,type,aliases
    Afghanistan,GPE,Islamic Republic of Afghanistan|Islamic Emirate of Afghanistan
    Albania,GPE,Republic of Albania
    Algeria,GPE,People's Democratic Republic of Algeria
    Andorra,GPE,Principality of Andorra
    Angola,GPE,Republic of Angola
    Antigua and Barbuda,GPE,Antigua
    Argentina,GPE,Argentine Republic
    Armenia,GPE,Republic of Armenia
    Australia,GPE,Commonwealth of Australia
    Austria,GPE,Republic of Austria
    Azerbaijan,GPE,Republic of Azerbaijan
    Bahamas,GPE,The Bahamas|Commonwealth of The Bahamas
    Bahrain,GPE,Kingdom of Bahrain
    Bangladesh,GPE,People's Republic of Bangladesh
    Barbados,GPE,Barbados
    Belarus,GPE,Republic of Belarus|Byelorussia
    Belgium,GPE,Kingdom of Belgium
    Belize,GPE,Belize
    Benin,GPE,Republic of Benin
    Bhutan,GPE,Kingdom of Bhutan
    Bolivia,GPE,Plurinational State of Bolivia
    Bosnia and Herzegovina,GPE,Bosnia|Bosnia-Herzegovina
    Botswana,GPE,Republic of Botswana
    Brazil,GPE,Federative Republic of Brazil
    Brunei,GPE,Brunei Darussalam
    Bulgaria,GPE,Republic of Bulgaria
    Burkina Faso,GPE,Burkina
    Burundi,GPE,Republic of Burundi
    Cambodia,GPE,Kingdom of Cambodia
    Cameroon,GPE,Republic of Cameroon
    Canada,GPE,Canada
    Cape Verde,GPE,Cabo Verde|Republic of Cabo Verde
    Central African Republic,GPE,Central African Republic
    Chad,GPE,Republic of Chad
    Chile,GPE,Republic of Chile
    China,GPE,People's Republic of China|PRC|P.R.C.|Mainland China|mainland China
    Colombia,GPE,Republic of Colombia
    Comoros,GPE,Union of the Comoros
    Democratic Republic of the Congo,GPE,Democratic Republic of Congo|DR Congo|DRC|D.R.C.|Congo-Kinshasa|Congo
    Republic of the Congo,GPE,Republic of Congo|Congo Republic|Congo-Brazzaville
    Costa Rica,GPE,Republic of Costa Rica
    Ivory Coast,GPE,Côte d'Ivoire|Cote d'Ivoire|Republic of Côte d'Ivoire
    Croatia,GPE,Republic of Croatia
    Cuba,GPE,Republic of Cuba
    Cyprus,GPE,Republic of Cyprus
    Czech Republic,GPE,Czechia
    Denmark,GPE,Kingdom of Denmark
    Djibouti,GPE,Republic of Djibouti
    Dominica,GPE,Commonwealth of Dominica
    Dominican Republic,GPE,Dominican Republic
    East Timor,GPE,Timor-Leste|Democratic Republic of Timor-Leste
    Ecuador,GPE,Republic of Ecuador
    Egypt,GPE,Arab Republic of Egypt
    El Salvador,GPE,Republic of El Salvador
    Equatorial Guinea,GPE,Republic of Equatorial Guinea
    Eritrea,GPE,State of Eritrea
    Estonia,GPE,Republic of Estonia
    Eswatini,GPE,Swaziland|Kingdom of Eswatini
    Ethiopia,GPE,Federal Democratic Republic of Ethiopia
    Fiji,GPE,Republic of Fiji
    Finland,GPE,Republic of Finland
    France,GPE,French Republic
    Gabon,GPE,Gabonese Republic
    Gambia,GPE,The Gambia|Republic of The Gambia
    Georgia,GPE,Republic of Georgia|Sakartvelo
    Germany,GPE,Federal Republic of Germany
    Ghana,GPE,Republic of Ghana
    Greece,GPE,Hellenic Republic
    Grenada,GPE,Grenada
    Guatemala,GPE,Republic of Guatemala
    Guinea,GPE,Republic of Guinea|Guinea-Conakry
    Guinea-Bissau,GPE,Republic of Guinea-Bissau
    Guyana,GPE,Co-operative Republic of Guyana
    Haiti,GPE,Republic of Haiti
    Honduras,GPE,Republic of Honduras
    Hungary,GPE,Hungary
    Iceland,GPE,Iceland
    India,GPE,Republic of India|Bharat
    Indonesia,GPE,Republic of Indonesia
    Iran,GPE,Islamic Republic of Iran|Islamic republic|Islamic Republic|Persia
    Iraq,GPE,Republic of Iraq
    Ireland,GPE,Republic of Ireland|Eire|Éire
    Israel,GPE,State of Israel
    Italy,GPE,Italian Republic
    Jamaica,GPE,Jamaica
    Japan,GPE,Japan
    Jordan,GPE,Hashemite Kingdom of Jordan
    Kazakhstan,GPE,Republic of Kazakhstan
    Kenya,GPE,Republic of Kenya
    Kiribati,GPE,Republic of Kiribati
    Kuwait,GPE,State of Kuwait
    Kyrgyzstan,GPE,Kyrgyz Republic|Kirghizia
    Laos,GPE,Lao People's Democratic Republic|Lao PDR
    Latvia,GPE,Republic of Latvia
    Lebanon,GPE,Lebanese Republic
    Lesotho,GPE,Kingdom of Lesotho
    Liberia,GPE,Republic of Liberia
    Libya,GPE,State of Libya
    Liechtenstein,GPE,Principality of Liechtenstein
    Lithuania,GPE,Republic of Lithuania
    Luxembourg,GPE,Grand Duchy of Luxembourg
    Madagascar,GPE,Republic of Madagascar
    Malawi,GPE,Republic of Malawi
    Malaysia,GPE,Malaysia
    Maldives,GPE,Republic of Maldives|The Maldives
    Mali,GPE,Republic of Mali
    Malta,GPE,Republic of Malta
    Marshall Islands,GPE,Republic of the Marshall Islands
    Mauritania,GPE,Islamic Republic of Mauritania
    Mauritius,GPE,Republic of Mauritius
    Mexico,GPE,United Mexican States
    Micronesia,GPE,Federated States of Micronesia
    Moldova,GPE,Republic of Moldova
    Monaco,GPE,Principality of Monaco
    Mongolia,GPE,Mongolia
    Montenegro,GPE,Montenegro
    Morocco,GPE,Kingdom of Morocco
    Mozambique,GPE,Republic of Mozambique
    Myanmar,GPE,Burma|Republic of the Union of Myanmar
    Namibia,GPE,Republic of Namibia
    Nauru,GPE,Republic of Nauru
    Nepal,GPE,Federal Democratic Republic of Nepal
    Netherlands,GPE,The Netherlands|Holland|Kingdom of the Netherlands
    New Zealand,GPE,Aotearoa
    Nicaragua,GPE,Republic of Nicaragua
    Niger,GPE,Republic of the Niger|Republic of Niger
    Nigeria,GPE,Federal Republic of Nigeria
    North Korea,GPE,DPRK|D.P.R.K.|Democratic People's Republic of Korea
    North Macedonia,GPE,Macedonia|Republic of North Macedonia
    Norway,GPE,Kingdom of Norway
    Oman,GPE,Sultanate of Oman
    Pakistan,GPE,Islamic Republic of Pakistan
    Palau,GPE,Republic of Palau
    Palestine,GPE,State of Palestine|Palestinian territories|Palestinian Territories|Occupied Palestinian Territories|occupied Palestinian territories
    Panama,GPE,Republic of Panama
    Papua New Guinea,GPE,Independent State of Papua New Guinea
    Paraguay,GPE,Republic of Paraguay
    Peru,GPE,Republic of Peru
    Philippines,GPE,The Philippines|Republic of the Philippines
    Poland,GPE,Republic of Poland
    Portugal,GPE,Portuguese Republic
    Qatar,GPE,State of Qatar
    Romania,GPE,Romania
    Russia,GPE,Russian Federation
    Rwanda,GPE,Republic of Rwanda
    Saint Kitts and Nevis,GPE,St. Kitts and Nevis|Federation of Saint Kitts and Nevis
    Saint Lucia,GPE,St. Lucia
    Saint Vincent and the Grenadines,GPE,St. Vincent and the Grenadines
    Samoa,GPE,Independent State of Samoa
    San Marino,GPE,Republic of San Marino
    Sao Tome and Principe,GPE,São Tomé and Príncipe|Democratic Republic of São Tomé and Príncipe
    Saudi Arabia,GPE,Kingdom of Saudi Arabia|KSA
    Senegal,GPE,Republic of Senegal
    Serbia,GPE,Republic of Serbia
    Seychelles,GPE,Republic of Seychelles|The Seychelles
    Sierra Leone,GPE,Republic of Sierra Leone
    Singapore,GPE,Republic of Singapore
    Slovakia,GPE,Slovak Republic
    Slovenia,GPE,Republic of Slovenia
    Solomon Islands,GPE,Solomon Islands
    Somalia,GPE,Federal Republic of Somalia
    South Africa,GPE,Republic of South Africa
    South Korea,GPE,Republic of Korea|ROK|R.O.K.|Korea
    South Sudan,GPE,Republic of South Sudan
    Spain,GPE,Kingdom of Spain
    Sri Lanka,GPE,Democratic Socialist Republic of Sri Lanka|Ceylon
    Sudan,GPE,Republic of the Sudan|Republic of Sudan
    Suriname,GPE,Republic of Suriname|Surinam
    Sweden,GPE,Kingdom of Sweden
    Switzerland,GPE,Swiss Confederation
    Syria,GPE,Syrian Arab Republic
    Tajikistan,GPE,Republic of Tajikistan
    Tanzania,GPE,United Republic of Tanzania
    Thailand,GPE,Kingdom of Thailand|Siam
    Togo,GPE,Togolese Republic
    Tonga,GPE,Kingdom of Tonga
    Trinidad and Tobago,GPE,Trinidad|Republic of Trinidad and Tobago
    Tunisia,GPE,Republic of Tunisia|Tunisian Republic
    Turkey,GPE,Türkiye|Turkiye|Republic of Turkey|Republic of Türkiye
    Turkmenistan,GPE,Turkmenistan
    Tuvalu,GPE,Tuvalu
    Uganda,GPE,Republic of Uganda
    Ukraine,GPE,Ukraine
    United Arab Emirates,GPE,UAE|U.A.E.|Emirates
    United Kingdom,GPE,UK|U.K.|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland
    United States,GPE,U.S.|US|USA|U.S.A.|United States of America|America
    Uruguay,GPE,Oriental Republic of Uruguay
    Uzbekistan,GPE,Republic of Uzbekistan
    Vanuatu,GPE,Republic of Vanuatu
    Vatican City,GPE,Vatican|Holy See|Vatican City State
    Venezuela,GPE,Bolivarian Republic of Venezuela
    Vietnam,GPE,Viet Nam|Socialist Republic of Vietnam
    Yemen,GPE,Republic of Yemen
    Zambia,GPE,Republic of Zambia
    Zimbabwe,GPE,Republic of Zimbabwe
    Taiwan,GPE,Republic of China|ROC
    Kosovo,GPE,Republic of Kosovo
    Hong Kong,GPE,Hong Kong SAR
    Macau,GPE,Macao|Macau SAR
    Alabama,GPE,Ala.
    Alaska,GPE,Alaska
    Arizona,GPE,Ariz.
    Arkansas,GPE,Ark.
    California,GPE,Calif.
    Colorado,GPE,Colo.
    Connecticut,GPE,Conn.
    Delaware,GPE,Del.
    Florida,GPE,Fla.
    Georgia (U.S. state),GPE,Ga.
    Hawaii,GPE,Hawai'i
    Idaho,GPE,Idaho
    Illinois,GPE,Ill.
    Indiana,GPE,Ind.
    Iowa,GPE,Iowa
    Kansas,GPE,Kan.|Kans.
    Kentucky,GPE,Ky.
    Louisiana,GPE,Louisiana
    Maine,GPE,Maine
    Maryland,GPE,Md.
    Massachusetts,GPE,Mass.
    Michigan,GPE,Mich.
    Minnesota,GPE,Minn.
    Mississippi,GPE,Mississippi
    Missouri,GPE,Mo.
    Montana,GPE,Mont.
    Nebraska,GPE,Neb.|Nebr.
    Nevada,GPE,Nev.
    New Hampshire,GPE,N.H.
    New Jersey,GPE,N.J.
    New Mexico,GPE,New Mex.|N.M.
    New York,GPE,N.Y.|New York State|New York state
    North Carolina,GPE,N.C.
    North Dakota,GPE,N.D.|N.Dak.
    Ohio,GPE,Ohio
    Oklahoma,GPE,Okla.
    Oregon,GPE,Ore.|Oreg.
    Pennsylvania,GPE,Pa.
    Rhode Island,GPE,R.I.
    South Carolina,GPE,S.C.
    South Dakota,GPE,S.D.|S.Dak.
    Tennessee,GPE,Tenn.
    Texas,GPE,Tex.
    Utah,GPE,Utah
    Vermont,GPE,Vt.
    Virginia,GPE,Va.
    Washington State,GPE,Wash.|Washington state
    West Virginia,GPE,W.Va.|W. Va.
    Wisconsin,GPE,Wis.|Wisc.
    Wyoming,GPE,Wyo.
    Washington,GPE,Washington D.C.|Washington DC|D.C.|District of Columbia
    Salahuddin Province,GPE,Salahuddin|Salah al-Din|Salah ad-Din|Saladin Province
    Anbar Province,GPE,Anbar|Al Anbar|al-Anbar
    Nineveh Province,GPE,Nineveh|Ninawa|Nineveh Governorate
    Diyala Province,GPE,Diyala
    Dhi Qar Province,GPE,Dhi Qar
    Kurdistan Region,GPE,Iraqi Kurdistan|Kurdistan Region of Iraq|Kurdistan
    Khuzestan Province,GPE,Khuzestan
    Sistan and Baluchestan Province,GPE,Sistan and Baluchestan|Sistan-Baluchestan|Sistan-Baluchistan
    Helmand Province,GPE,Helmand
    Balochistan,GPE,Baluchistan
    Khyber Pakhtunkhwa,GPE,Khyber Pakhtunkhwa
    Gaza Strip,GPE,Gaza Strip
    West Bank,GPE,West Bank
    England,GPE,England
    Scotland,GPE,Scotland
    Wales,GPE,Wales
    Northern Ireland,GPE,Northern Ireland
    Crimea,GPE,Crimea
    Donetsk,GPE,Donetsk
    Luhansk,GPE,Lugansk
    Xinjiang,GPE,Xinjiang Uyghur Autonomous Region
    Tibet,GPE,Tibet Autonomous Region
    Puerto Rico,GPE,Puerto Rico
    Guam,GPE,Guam
    Greenland,GPE,Greenland
    Quebec,GPE,Québec
    Ontario,GPE,Ontario
    Kashmir,GPE,Jammu and Kashmir
    Chechnya,GPE,Chechen Republic
    Catalonia,GPE,Catalunya
    Soviet Union,GPE,USSR|U.S.S.R.
    Kabul,GPE,Kabul
    Tirana,GPE,Tiranë
    Algiers,GPE,Algiers
    Andorra la Vella,GPE,Andorra la Vella
    Luanda,GPE,Luanda
    St. John's,GPE,Saint John's
    Buenos Aires,GPE,Buenos Aires
    Yerevan,GPE,Yerevan
    Canberra,GPE,Canberra
    Vienna,GPE,Wien
    Baku,GPE,Baku
    Nassau,GPE,Nassau
    Manama,GPE,Manama
    Dhaka,GPE,Dacca
    Bridgetown,GPE,Bridgetown
    Minsk,GPE,Minsk
    Brussels,GPE,Bruxelles
    Belmopan,GPE,Belmopan
    Porto-Novo,GPE,Porto-Novo
    Cotonou,GPE,Cotonou
    Thimphu,GPE,Thimphu
    La Paz,GPE,La Paz
    Sucre,GPE,Sucre
    Sarajevo,GPE,Sarajevo
    Gaborone,GPE,Gaborone
    Brasília,GPE,Brasilia
    Bandar Seri Begawan,GPE,Bandar Seri Begawan
    Sofia,GPE,Sofia
    Ouagadougou,GPE,Ouagadougou
    Gitega,GPE,Gitega
    Bujumbura,GPE,Bujumbura
    Phnom Penh,GPE,Phnom Penh
    Yaoundé,GPE,Yaounde
    Ottawa,GPE,Ottawa
    Praia,GPE,Praia
    Bangui,GPE,Bangui
    N'Djamena,GPE,Ndjamena
    Santiago,GPE,Santiago
    Beijing,GPE,Peking
    Bogotá,GPE,Bogota
    Moroni,GPE,Moroni
    Kinshasa,GPE,Kinshasa
    Brazzaville,GPE,Brazzaville
    San José,GPE,San Jose
    Yamoussoukro,GPE,Yamoussoukro
    Abidjan,GPE,Abidjan
    Zagreb,GPE,Zagreb
    Havana,GPE,La Habana
    Nicosia,GPE,Nicosia
    Prague,GPE,Prague
    Copenhagen,GPE,Copenhagen
    Roseau,GPE,Roseau
    Santo Domingo,GPE,Santo Domingo
    Dili,GPE,Dili
    Quito,GPE,Quito
    Cairo,GPE,Cairo
    San Salvador,GPE,San Salvador
    Malabo,GPE,Malabo
    Asmara,GPE,Asmara
    Tallinn,GPE,Tallinn
    Mbabane,GPE,Mbabane
    Addis Ababa,GPE,Addis Ababa
    Suva,GPE,Suva
    Helsinki,GPE,Helsinki
    Paris,GPE,Paris
    Libreville,GPE,Libreville
    Banjul,GPE,Banjul
    Tbilisi,GPE,Tbilisi
    Berlin,GPE,Berlin
    Accra,GPE,Accra
    Athens,GPE,Athens
    St. George's,GPE,Saint George's
    Guatemala City,GPE,Guatemala City
    Conakry,GPE,Conakry
    Bissau,GPE,Bissau
    Georgetown,GPE,Georgetown
    Port-au-Prince,GPE,Port-au-Prince
    Tegucigalpa,GPE,Tegucigalpa
    Budapest,GPE,Budapest
    Reykjavik,GPE,Reykjavík
    New Delhi,GPE,Delhi
    Jakarta,GPE,Jakarta
    Tehran,GPE,Teheran
    Baghdad,GPE,Baghdad
    Dublin,GPE,Dublin
    Jerusalem,GPE,Al-Quds
    Rome,GPE,Rome
    Kingston,GPE,Kingston
    Tokyo,GPE,Tokyo
    Amman,GPE,Amman
    Astana,GPE,Nur-Sultan
    Nairobi,GPE,Nairobi
    South Tarawa,GPE,Tarawa
    Kuwait City,GPE,Kuwait City
    Bishkek,GPE,Bishkek
    Vientiane,GPE,Vientiane
    Riga,GPE,Riga
    Beirut,GPE,Beyrouth
    Maseru,GPE,Maseru
    Monrovia,GPE,Monrovia
    Tripoli,GPE,Tripoli
    Vaduz,GPE,Vaduz
    Vilnius,GPE,Vilnius
    Luxembourg City,GPE,Luxembourg City
    Antananarivo,GPE,Antananarivo
    Lilongwe,GPE,Lilongwe
    Kuala Lumpur,GPE,Kuala Lumpur
    Malé,GPE,Malé
    Bamako,GPE,Bamako
    Valletta,GPE,Valletta
    Majuro,GPE,Majuro
    Nouakchott,GPE,Nouakchott
    Port Louis,GPE,Port Louis
    Mexico City,GPE,Mexico City
    Palikir,GPE,Palikir
    Chisinau,GPE,Chișinău
    Ulaanbaatar,GPE,Ulan Bator
    Podgorica,GPE,Podgorica
    Rabat,GPE,Rabat
    Maputo,GPE,Maputo
    Naypyidaw,GPE,Naypyitaw|Nay Pyi Taw
    Windhoek,GPE,Windhoek
    Yaren,GPE,Yaren
    Kathmandu,GPE,Kathmandu
    Amsterdam,GPE,Amsterdam
    The Hague,GPE,The Hague
    Wellington,GPE,Wellington
    Managua,GPE,Managua
    Niamey,GPE,Niamey
    Abuja,GPE,Abuja
    Pyongyang,GPE,Pyongyang
    Skopje,GPE,Skopje
    Oslo,GPE,Oslo
    Muscat,GPE,Muscat
    Islamabad,GPE,Islamabad
    Ngerulmud,GPE,Ngerulmud
    Ramallah,GPE,Ramallah
    Panama City,GPE,Panama City
    Port Moresby,GPE,Port Moresby
    Asunción,GPE,Asuncion
    Lima,GPE,Lima
    Manila,GPE,Manila
    Warsaw,GPE,Warsaw
    Lisbon,GPE,Lisbon
    Doha,GPE,Doha
    Bucharest,GPE,Bucharest
    Moscow,GPE,Moscow
    Kigali,GPE,Kigali
    Basseterre,GPE,Basseterre
    Castries,GPE,Castries
    Kingstown,GPE,Kingstown
    Apia,GPE,Apia
    São Tomé,GPE,Sao Tome
    Riyadh,GPE,Riyadh
    Dakar,GPE,Dakar
    Belgrade,GPE,Belgrade
    Freetown,GPE,Freetown
    Bratislava,GPE,Bratislava
    Ljubljana,GPE,Ljubljana
    Honiara,GPE,Honiara
    Mogadishu,GPE,Mogadishu
    Pretoria,GPE,Tshwane
    Cape Town,GPE,Cape Town
    Seoul,GPE,Seoul
    Juba,GPE,Juba
    Madrid,GPE,Madrid
    Sri Jayawardenepura Kotte,GPE,Kotte
    Colombo,GPE,Colombo
    Khartoum,GPE,Khartoum
    Paramaribo,GPE,Paramaribo
    Stockholm,GPE,Stockholm
    Bern,GPE,Berne
    Damascus,GPE,Damascus
    Dushanbe,GPE,Dushanbe
    Dodoma,GPE,Dodoma
    Bangkok,GPE,Bangkok
    Lomé,GPE,Lome
    Nuku'alofa,GPE,Nuku'alofa
    Port of Spain,GPE,Port of Spain
    Tunis,GPE,Tunis
    Ankara,GPE,Ankara
    Ashgabat,GPE,Ashkhabad
    Funafuti,GPE,Funafuti
    Kampala,GPE,Kampala
    Kyiv,GPE,Kiev
    Abu Dhabi,GPE,Abu Dhabi
    London,GPE,London
    Montevideo,GPE,Montevideo
    Tashkent,GPE,Tashkent
    Port Vila,GPE,Port Vila
    Caracas,GPE,Caracas
    Hanoi,GPE,Hanoi
    Sanaa,GPE,Sana'a|Sana
    Lusaka,GPE,Lusaka
    Harare,GPE,Harare
    Taipei,GPE,Taipei
    Pristina,GPE,Prishtina
    New York City,GPE,NYC|N.Y.C.
    Los Angeles,GPE,L.A.
    Chicago,GPE,Chicago
    Houston,GPE,Houston
    Phoenix,GPE,Phoenix
    Philadelphia,GPE,Philadelphia
    San Antonio,GPE,San Antonio
    San Diego,GPE,San Diego
    Dallas,GPE,Dallas
    San Francisco,GPE,San Francisco
    Seattle,GPE,Seattle
    Boston,GPE,Boston
    Miami,GPE,Miami
    Atlanta,GPE,Atlanta
    Detroit,GPE,Detroit
    Denver,GPE,Denver
    Las Vegas,GPE,Las Vegas
    New Orleans,GPE,New Orleans
    Baltimore,GPE,Baltimore
    Toronto,GPE,Toronto
    Montreal,GPE,Montréal
    Vancouver,GPE,Vancouver
    São Paulo,GPE,Sao Paulo
    Rio de Janeiro,GPE,Rio de Janeiro
    Guadalajara,GPE,Guadalajara
    Monterrey,GPE,Monterrey
    Medellín,GPE,Medellin
    Guayaquil,GPE,Guayaquil
    Istanbul,GPE,Istanbul
    Saint Petersburg,GPE,St. Petersburg
    Barcelona,GPE,Barcelona
    Milan,GPE,Milan
    Munich,GPE,München
    Hamburg,GPE,Hamburg
    Frankfurt,GPE,Frankfurt
    Geneva,GPE,Geneva
    Zurich,GPE,Zürich
    Manchester,GPE,Manchester
    Birmingham,GPE,Birmingham
    Edinburgh,GPE,Edinburgh
    Marseille,GPE,Marseilles
    Naples,GPE,Naples
    Strasbourg,GPE,Strasbourg
    Kharkiv,GPE,Kharkov
    Odesa,GPE,Odessa
    Shanghai,GPE,Shanghai
    Guangzhou,GPE,Guangzhou
    Shenzhen,GPE,Shenzhen
    Wuhan,GPE,Wuhan
    Chongqing,GPE,Chongqing
    Tianjin,GPE,Tianjin
    Chengdu,GPE,Chengdu
    Mumbai,GPE,Bombay
    Kolkata,GPE,Calcutta
    Chennai,GPE,Madras
    Bengaluru,GPE,Bangalore
    Hyderabad,GPE,Hyderabad
    Karachi,GPE,Karachi
    Lahore,GPE,Lahore
    Rawalpindi,GPE,Rawalpindi
    Peshawar,GPE,Peshawar
    Quetta,GPE,Quetta
    Osaka,GPE,Osaka
    Busan,GPE,Pusan
    Ho Chi Minh City,GPE,Saigon
    Yangon,GPE,Rangoon
    Almaty,GPE,Alma-Ata
    Herat,GPE,Herat
    Mazar-i-Sharif,GPE,Mazar-e-Sharif|Mazar-e Sharif
    Kandahar,GPE,Qandahar
    Jalalabad,GPE,Jalalabad
    Lagos,GPE,Lagos
    Kano,GPE,Kano
    Alexandria,GPE,Alexandria
    Johannesburg,GPE,Johannesburg
    Durban,GPE,Durban
    Casablanca,GPE,Casablanca
    Dar es Salaam,GPE,Dar es Salaam
    Benghazi,GPE,Benghazi
    Misrata,GPE,Misurata
    Mombasa,GPE,Mombasa
    Port Sudan,GPE,Port Sudan
    Omdurman,GPE,Omdurman
    Goma,GPE,Goma
    Basra,GPE,Basrah
    Mosul,GPE,Mawsil
    Kirkuk,GPE,Kirkuk
    Erbil,GPE,Irbil|Arbil|Hawler
    Najaf,GPE,Najaf
    Karbala,GPE,Kerbala
    Fallujah,GPE,Falluja|Fallouja
    Ramadi,GPE,Ramadi
    Tikrit,GPE,Tikrit
    Sulaymaniyah,GPE,Sulaimaniyah|Sulaimaniya|Slemani
    Samarra,GPE,Samarra
    Baqubah,GPE,Baquba
    Nasiriyah,GPE,Nasiriya
    Kut,GPE,Kut
    Hillah,GPE,Hillah
    Amarah,GPE,Amarah
    Duhok,GPE,Dohuk
    Sinjar,GPE,Sinjar
    Al-Qaim,GPE,Qaim
    Isfahan,GPE,Esfahan
    Mashhad,GPE,Meshed
    Qom,GPE,Qum|Ghom
    Shiraz,GPE,Shiraz
    Tabriz,GPE,Tabriz
    Kerman,GPE,Kerman
    Ahvaz,GPE,Ahwaz
    Bandar Abbas,GPE,Bandar Abbas
    Karaj,GPE,Karaj
    Kermanshah,GPE,Kermanshah
    Zahedan,GPE,Zahedan
    Bushehr,GPE,Bushehr
    Natanz,GPE,Natanz
    Yazd,GPE,Yazd
    Hamadan,GPE,Hamadan
    Abadan,GPE,Abadan
    Chabahar,GPE,Chabahar
    Aleppo,GPE,Halab
    Homs,GPE,Homs
    Hama,GPE,Hama
    Idlib,GPE,Idlib
    Raqqa,GPE,Raqqah|Rakka
    Deir ez-Zor,GPE,Deir ez-Zour|Deir al-Zor|Deir el-Zor|Deir Ezzor|Deir al-Zour
    Latakia,GPE,Lattakia
    Tartus,GPE,Tartous
    Daraa,GPE,Deraa|Dara'a
    Palmyra,GPE,Tadmur
    Kobani,GPE,Kobane
    Albu Kamal,GPE,Abu Kamal|Al-Bukamal|Bukamal
    Qamishli,GPE,Qamishli
    Manbij,GPE,Manbij
    Afrin,GPE,Afrin
    Tyre,GPE,Tyre
    Sidon,GPE,Sidon
    Baalbek,GPE,Baalbek
    Aden,GPE,Aden
    Hodeidah,GPE,Hudaydah|Hodeida|Al Hudaydah
    Taiz,GPE,Ta'izz
    Marib,GPE,Ma'rib
    Mukalla,GPE,Mukalla
    Saada,GPE,Sa'dah|Saadah
    Jeddah,GPE,Jiddah|Jedda
    Mecca,GPE,Makkah
    Medina,GPE,Madinah
    Dammam,GPE,Dammam
    Dhahran,GPE,Dhahran
    Dubai,GPE,Dubai
    Sharjah,GPE,Sharjah
    Fujairah,GPE,Fujairah
    Tel Aviv,GPE,Tel Aviv-Yafo
    Haifa,GPE,Haifa
    Eilat,GPE,Eilat
    Gaza,GPE,Gaza City
    Rafah,GPE,Rafah
    Khan Younis,GPE,Khan Yunis
    Hebron,GPE,Hebron
    Nablus,GPE,Nablus
    Jenin,GPE,Jenin
    Bethlehem,GPE,Bethlehem
    Port Said,GPE,Port Said
    Suez,GPE,Suez
    Sharm el-Sheikh,GPE,Sharm el-Sheikh
    Izmir,GPE,Izmir
    Adana,GPE,Adana
    Gaziantep,GPE,Gaziantep
    Diyarbakir,GPE,Diyarbakır
    Zarqa,GPE,Zarqa
    Aqaba,GPE,Aqaba
    Afghans,NORP,Afghan|Afghans
    Albanians,NORP,Albanian|Albanians
    Algerians,NORP,Algerian|Algerians
    Andorrans,NORP,Andorran|Andorrans
    Angolans,NORP,Angolan|Angolans
    Antiguans,NORP,Antiguan|Antiguans|Barbudan|Barbudans
    Argentines,NORP,Argentine|Argentines|Argentinian|Argentinians|Argentinean|Argentineans
    Armenians,NORP,Armenian|Armenians
    Australians,NORP,Australian|Australians|Aussie|Aussies
    Austrians,NORP,Austrian|Austrians
    Azerbaijanis,NORP,Azerbaijani|Azerbaijanis|Azeri|Azeris
    Bahamians,NORP,Bahamian|Bahamians
    Bahrainis,NORP,Bahraini|Bahrainis
    Bangladeshis,NORP,Bangladeshi|Bangladeshis
    Barbadians,NORP,Barbadian|Barbadians|Bajan|Bajans
    Belarusians,NORP,Belarusian|Belarusians|Belarusan|Belarusans
    Belgians,NORP,Belgian|Belgians
    Belizeans,NORP,Belizean|Belizeans
    Beninese,NORP,Beninese
    Bhutanese,NORP,Bhutanese
    Bolivians,NORP,Bolivian|Bolivians
    Bosnians,NORP,Bosnian|Bosnians
    Batswana,NORP,Motswana|Batswana|Botswanan|Botswanans
    Brazilians,NORP,Brazilian|Brazilians
    Bruneians,NORP,Bruneian|Bruneians
    Bulgarians,NORP,Bulgarian|Bulgarians
    Burkinabe,NORP,Burkinabe|Burkinabè
    Burundians,NORP,Burundian|Burundians
    Cambodians,NORP,Cambodian|Cambodians
    Cameroonians,NORP,Cameroonian|Cameroonians
    Canadians,NORP,Canadian|Canadians
    Cape Verdeans,NORP,Cape Verdean|Cape Verdeans|Cabo Verdean|Cabo Verdeans
    Central Africans,NORP,Central African|Central Africans
    Chadians,NORP,Chadian|Chadians
    Chileans,NORP,Chilean|Chileans
    Chinese,NORP,Chinese
    Colombians,NORP,Colombian|Colombians
    Comorans,NORP,Comoran|Comorans|Comorian|Comorians
    Congolese,NORP,Congolese
    Costa Ricans,NORP,Costa Rican|Costa Ricans
    Ivorians,NORP,Ivorian|Ivorians
    Croats,NORP,Croatian|Croatians|Croat|Croats
    Cubans,NORP,Cuban|Cubans
    Cypriots,NORP,Cypriot|Cypriots
    Czechs,NORP,Czech|Czechs
    Danes,NORP,Danish|Dane|Danes
    Djiboutians,NORP,Djiboutian|Djiboutians
    Dominicans,NORP,Dominican|Dominicans
    East Timorese,NORP,East Timorese|Timorese
    Ecuadorians,NORP,Ecuadorian|Ecuadorians|Ecuadorean|Ecuadoreans
    Egyptians,NORP,Egyptian|Egyptians
    Salvadorans,NORP,Salvadoran|Salvadorans|Salvadorian|Salvadorians
    Equatorial Guineans,NORP,Equatorial Guinean|Equatorial Guineans|Equatoguinean|Equatoguineans
    Eritreans,NORP,Eritrean|Eritreans
    Estonians,NORP,Estonian|Estonians
    Swazis,NORP,Swazi|Swazis|Emaswati
    Ethiopians,NORP,Ethiopian|Ethiopians
    Fijians,NORP,Fijian|Fijians
    Finns,NORP,Finnish|Finn|Finns
    French,NORP,French|Frenchman|Frenchmen|Frenchwoman|Frenchwomen
    Gabonese,NORP,Gabonese
    Gambians,NORP,Gambian|Gambians
    Georgians,NORP,Georgian|Georgians
    Germans,NORP,German|Germans
    Ghanaians,NORP,Ghanaian|Ghanaians
    Greeks,NORP,Greek|Greeks
    Grenadians,NORP,Grenadian|Grenadians
    Guatemalans,NORP,Guatemalan|Guatemalans
    Guineans,NORP,Guinean|Guineans
    Bissau-Guineans,NORP,Bissau-Guinean|Bissau-Guineans
    Guyanese,NORP,Guyanese
    Haitians,NORP,Haitian|Haitians
    Hondurans,NORP,Honduran|Hondurans
    Hungarians,NORP,Hungarian|Hungarians
    Icelanders,NORP,Icelandic|Icelander|Icelanders
    Indians,NORP,Indian|Indians
    Indonesians,NORP,Indonesian|Indonesians
    Iranians,NORP,Iranian|Iranians
    Iraqis,NORP,Iraqi|Iraqis
    Irish,NORP,Irish|Irishman|Irishmen|Irishwoman|Irishwomen
    Israelis,NORP,Israeli|Israelis
    Italians,NORP,Italian|Italians
    Jamaicans,NORP,Jamaican|Jamaicans
    Japanese,NORP,Japanese
    Jordanians,NORP,Jordanian|Jordanians
    Kazakhs,NORP,Kazakh|Kazakhs|Kazakhstani|Kazakhstanis
    Kenyans,NORP,Kenyan|Kenyans
    I-Kiribati,NORP,I-Kiribati
    Kuwaitis,NORP,Kuwaiti|Kuwaitis
    Kyrgyz,NORP,Kyrgyz|Kyrgyzstani|Kyrgyzstanis
    Laotians,NORP,Laotian|Laotians
    Latvians,NORP,Latvian|Latvians
    Lebanese,NORP,Lebanese
    Basotho,NORP,Mosotho|Basotho
    Liberians,NORP,Liberian|Liberians
    Libyans,NORP,Libyan|Libyans
    Liechtensteiners,NORP,Liechtensteiner|Liechtensteiners
    Lithuanians,NORP,Lithuanian|Lithuanians
    Luxembourgers,NORP,Luxembourger|Luxembourgers|Luxembourgish
    Malagasy,NORP,Malagasy
    Malawians,NORP,Malawian|Malawians
    Malaysians,NORP,Malaysian|Malaysians
    Maldivians,NORP,Maldivian|Maldivians
    Malians,NORP,Malian|Malians
    Maltese,NORP,Maltese
    Marshallese,NORP,Marshallese
    Mauritanians,NORP,Mauritanian|Mauritanians
    Mauritians,NORP,Mauritian|Mauritians
    Mexicans,NORP,Mexican|Mexicans
    Micronesians,NORP,Micronesian|Micronesians
    Moldovans,NORP,Moldovan|Moldovans
    Monegasques,NORP,Monegasque|Monégasque|Monegasques|Monégasques
    Mongolians,NORP,Mongolian|Mongolians
    Montenegrins,NORP,Montenegrin|Montenegrins
    Moroccans,NORP,Moroccan|Moroccans
    Mozambicans,NORP,Mozambican|Mozambicans
    Burmese,NORP,Burmese
    Namibians,NORP,Namibian|Namibians
    Nauruans,NORP,Nauruan|Nauruans
    Nepalis,NORP,Nepali|Nepalis|Nepalese
    Dutch,NORP,Dutch|Dutchman|Dutchmen|Dutchwoman|Dutchwomen
    New Zealanders,NORP,New Zealander|New Zealanders
    Nicaraguans,NORP,Nicaraguan|Nicaraguans
    Nigeriens,NORP,Nigerien|Nigeriens
    Nigerians,NORP,Nigerian|Nigerians
    North Koreans,NORP,North Korean|North Koreans
    Macedonians,NORP,Macedonian|Macedonians
    Norwegians,NORP,Norwegian|Norwegians
    Omanis,NORP,Omani|Omanis
    Pakistanis,NORP,Pakistani|Pakistanis
    Palauans,NORP,Palauan|Palauans
    Palestinians,NORP,Palestinian|Palestinians
    Panamanians,NORP,Panamanian|Panamanians
    Papua New Guineans,NORP,Papua New Guinean|Papua New Guineans
    Paraguayans,NORP,Paraguayan|Paraguayans
    Peruvians,NORP,Peruvian|Peruvians
    Filipinos,NORP,Filipino|Filipinos|Filipina|Filipinas|Philippine
    Poles,NORP,Polish|Pole|Poles
    Portuguese,NORP,Portuguese
    Qataris,NORP,Qatari|Qataris
    Romanians,NORP,Romanian|Romanians
    Russians,NORP,Russian|Russians
    Rwandans,NORP,Rwandan|Rwandans
    Kittitians,NORP,Kittitian|Kittitians|Nevisian|Nevisians
    Saint Lucians,NORP,Saint Lucian|Saint Lucians|St. Lucian|St. Lucians
    Vincentians,NORP,Vincentian|Vincentians
    Samoans,NORP,Samoan|Samoans
    Sammarinese,NORP,Sammarinese
    Sao Tomeans,NORP,Sao Tomean|Sao Tomeans|São Toméan|São Toméans
    Saudis,NORP,Saudi|Saudis
    Senegalese,NORP,Senegalese
    Serbs,NORP,Serbian|Serbians|Serb|Serbs
    Seychellois,NORP,Seychellois
    Sierra Leoneans,NORP,Sierra Leonean|Sierra Leoneans
    Singaporeans,NORP,Singaporean|Singaporeans
    Slovaks,NORP,Slovak|Slovaks|Slovakian|Slovakians
    Slovenians,NORP,Slovenian|Slovenians|Slovene|Slovenes
    Solomon Islanders,NORP,Solomon Islander|Solomon Islanders
    Somalis,NORP,Somali|Somalis
    South Africans,NORP,South African|South Africans
    South Koreans,NORP,South Korean|South Koreans
    South Sudanese,NORP,South Sudanese
    Spaniards,NORP,Spanish|Spaniard|Spaniards
    Sri Lankans,NORP,Sri Lankan|Sri Lankans
    Sudanese,NORP,Sudanese
    Surinamese,NORP,Surinamese|Surinamer|Surinamers
    Swedes,NORP,Swedish|Swede|Swedes
    Swiss,NORP,Swiss
    Syrians,NORP,Syrian|Syrians
    Tajiks,NORP,Tajik|Tajiks|Tajikistani|Tajikistanis
    Tanzanians,NORP,Tanzanian|Tanzanians
    Thais,NORP,Thai|Thais
    Togolese,NORP,Togolese
    Tongans,NORP,Tongan|Tongans
    Trinidadians,NORP,Trinidadian|Trinidadians|Tobagonian|Tobagonians
    Tunisians,NORP,Tunisian|Tunisians
    Turks,NORP,Turkish|Turk|Turks
    Turkmen,NORP,Turkmen|Turkmens|Turkmenistani|Turkoman|Turkomans
    Tuvaluans,NORP,Tuvaluan|Tuvaluans
    Ugandans,NORP,Ugandan|Ugandans
    Ukrainians,NORP,Ukrainian|Ukrainians
    Emiratis,NORP,Emirati|Emiratis
    British,NORP,British|Briton|Britons|Brits
    Americans,NORP,American|Americans
    Uruguayans,NORP,Uruguayan|Uruguayans
    Uzbeks,NORP,Uzbek|Uzbeks|Uzbekistani|Uzbekistanis
    Ni-Vanuatu,NORP,Ni-Vanuatu
    Venezuelans,NORP,Venezuelan|Venezuelans
    Vietnamese,NORP,Vietnamese
    Yemenis,NORP,Yemeni|Yemenis
    Zambians,NORP,Zambian|Zambians
    Zimbabweans,NORP,Zimbabwean|Zimbabweans
    Taiwanese,NORP,Taiwanese
    Kosovars,NORP,Kosovar|Kosovars|Kosovan|Kosovans
    Hong Kongers,NORP,Hong Konger|Hong Kongers|Hongkonger|Hongkongers
    Macanese,NORP,Macanese
    Scots,NORP,Scottish|Scot|Scots
    Welsh,NORP,Welsh
    Northern Irish,NORP,Northern Irish
    Soviets,NORP,Soviet|Soviets
    Koreans,NORP,Korean|Koreans
    Persians,NORP,Persians
    Shia Muslims,NORP,Shia|Shiite|Shi'ite|Shiites|Shi'ites|Shias|Shia Muslim|Shiite Muslims|Shiite Muslim
    Sunni Muslims,NORP,Sunni|Sunnis|Sunni Muslim
    Muslims,NORP,Muslim|Muslims|Moslem|Moslems
    Christians,NORP,Christian|Christians
    Jews,NORP,Jewish|Jew|Jews
    Kurds,NORP,Kurdish|Kurd|Kurds
    Arabs,NORP,Arab|Arabs
    Republicans,NORP,Republican|Republicans
    Democrats,NORP,Democrat|Democrats|Democratic
    Westerners,NORP,Western|Westerners
    Asians,NORP,Asian|Asians
    Europeans,NORP,European|Europeans
    Africans,NORP,African|Africans
    Latinos,NORP,Latino|Latinos|Latina|Latinas|Latinx
    Hispanics,NORP,Hispanic|Hispanics
    Latin Americans,NORP,Latin American|Latin Americans
    Native Americans,NORP,Native American|Native Americans
    African Americans,NORP,African American|African Americans|African-American|African-Americans
    Asian Americans,NORP,Asian American|Asian Americans|Asian-American|Asian-Americans
    Middle Easterners,NORP,Middle Eastern|Middle Easterners
    Scandinavians,NORP,Scandinavian|Scandinavians
    Pashtuns,NORP,Pashtun|Pashtuns|Pashtoon|Pakhtun|Pakhtuns|Pathan|Pathans
    Alawites,NORP,Alawite|Alawites|Alawi|Alawis
    Druze,NORP,Druze|Druse
    Yazidis,NORP,Yazidi|Yazidis|Yezidi|Yezidis
    Zaydis,NORP,Zaydi|Zaydis|Zaidi|Zaidis
    Ismailis,NORP,Ismaili|Ismailis
    Sufis,NORP,Sufi|Sufis
    Salafists,NORP,Salafi|Salafis|Salafist|Salafists
    Wahhabis,NORP,Wahhabi|Wahhabis|Wahhabist
    Islamists,NORP,Islamist|Islamists
    Zionists,NORP,Zionist|Zionists
    Baathists,NORP,Baathist|Baathists|Ba'athist|Ba'athists
    Sadrists,NORP,Sadrist|Sadrists
    Communists,NORP,Communist|Communists
    Tories,NORP,Tory|Tories
    Catholics,NORP,Catholic|Catholics|Roman Catholic|Roman Catholics
    Protestants,NORP,Protestant|Protestants
    Evangelicals,NORP,Evangelical|Evangelicals
    Mormons,NORP,Mormon|Mormons
    Hindus,NORP,Hindu|Hindus
    Buddhists,NORP,Buddhist|Buddhists
    Sikhs,NORP,Sikh|Sikhs
    Zoroastrians,NORP,Zoroastrian|Zoroastrians
    Baha'is,NORP,Baha'i|Bahá'í|Bahai|Bahais
    Copts,NORP,Coptic|Copt|Copts
    Maronites,NORP,Maronite|Maronites
    Assyrians,NORP,Assyrian|Assyrians
    Chaldeans,NORP,Chaldean|Chaldeans
    Mandaeans,NORP,Mandaean|Mandaeans
    Baloch,NORP,Baloch|Balochs|Baluch|Baluchis|Baluchi|Balochi
    Hazaras,NORP,Hazara|Hazaras
    Uyghurs,NORP,Uyghur|Uyghurs|Uighur|Uighurs
    Tibetans,NORP,Tibetan|Tibetans
    Rohingya,NORP,Rohingya|Rohingyas
    Tamils,NORP,Tamil|Tamils
    Berbers,NORP,Berber|Berbers|Amazigh
    Bedouins,NORP,Bedouin|Bedouins
    Hutus,NORP,Hutu|Hutus
    Tutsis,NORP,Tutsi|Tutsis
    Chechens,NORP,Chechen|Chechens
    United Nations,ORG,UN|U.N.
    UN Security Council,ORG,U.N. Security Council|United Nations Security Council|Security Council|UNSC
    UN General Assembly,ORG,U.N. General Assembly|United Nations General Assembly|General Assembly|UNGA
    UN Human Rights Council,ORG,U.N. Human Rights Council|United Nations Human Rights Council|UNHRC
    NATO,ORG,North Atlantic Treaty Organization|North Atlantic Treaty Organisation|Nato
    European Union,ORG,EU|E.U.
    European Commission,ORG,EC
    European Parliament,ORG,European Parliament
    European Central Bank,ORG,ECB
    International Atomic Energy Agency,ORG,IAEA
    OPEC,ORG,Organization of the Petroleum Exporting Countries|OPEC+
    World Health Organization,ORG,WHO|World Health Organisation
    International Monetary Fund,ORG,IMF
    World Bank,ORG,World Bank
    World Trade Organization,ORG,WTO
    International Committee of the Red Cross,ORG,Red Cross|ICRC
    Red Crescent,ORG,Red Crescent Society|International Federation of Red Cross and Red Crescent Societies|IFRC
    Amnesty International,ORG,Amnesty
    Human Rights Watch,ORG,HRW
    UNICEF,ORG,United Nations Children's Fund
    UNHCR,ORG,UN Refugee Agency|U.N. Refugee Agency|United Nations High Commissioner for Refugees
    UNRWA,ORG,United Nations Relief and Works Agency
    World Food Programme,ORG,WFP|World Food Program
    UNESCO,ORG,UNESCO
    Arab League,ORG,League of Arab States
    African Union,ORG,AU
    Gulf Cooperation Council,ORG,GCC
    ASEAN,ORG,Association of Southeast Asian Nations
    G7,ORG,G-7|Group of Seven
    G20,ORG,G-20|Group of 20|Group of Twenty
    Organisation of Islamic Cooperation,ORG,Organization of Islamic Cooperation|OIC
    Interpol,ORG,INTERPOL
    International Criminal Court,ORG,ICC
    International Court of Justice,ORG,ICJ|World Court
    Doctors Without Borders,ORG,Médecins Sans Frontières|Medecins Sans Frontieres|MSF
    OSCE,ORG,Organization for Security and Co-operation in Europe|Organization for Security and Cooperation in Europe
    OECD,ORG,Organisation for Economic Co-operation and Development|Organization for Economic Cooperation and Development
    Shanghai Cooperation Organisation,ORG,Shanghai Cooperation Organization|SCO
    BRICS,ORG,BRICS
    International Energy Agency,ORG,IEA
    Organisation for the Prohibition of Chemical Weapons,ORG,Organization for the Prohibition of Chemical Weapons|OPCW
    International Rescue Committee,ORG,International Rescue Committee
    Save the Children,ORG,Save the Children
    Oxfam,ORG,Oxfam
    Norwegian Refugee Council,ORG,NRC
    Committee to Protect Journalists,ORG,CPJ
    Reporters Without Borders,ORG,Reporters Sans Frontières
    Transparency International,ORG,Transparency International
    Syrian Observatory for Human Rights,ORG,SOHR
    B'Tselem,ORG,B'Tselem
    Airwars,ORG,Airwars
    Iraq Body Count,ORG,Iraq Body Count
    U.S. Department of Defense,ORG,Pentagon|Department of Defense|Defense Department|DoD|DOD|US Department of Defense
    U.S. Department of State,ORG,State Department|Department of State|U.S. State Department|US State Department
    White House,ORG,White House
    U.S. Congress,ORG,Congress|United States Congress|US Congress
    U.S. Senate,ORG,Senate|United States Senate|US Senate
    U.S. House of Representatives,ORG,House of Representatives|U.S. House|US House
    CIA,ORG,Central Intelligence Agency
    FBI,ORG,Federal Bureau of Investigation
    National Security Agency,ORG,NSA
    U.S. Central Command,ORG,Central Command|CENTCOM|CentCom|US Central Command
    U.S. European Command,ORG,European Command|EUCOM
    U.S. Africa Command,ORG,Africa Command|AFRICOM
    U.S. Indo-Pacific Command,ORG,Indo-Pacific Command|INDOPACOM
    U.S. Special Operations Command,ORG,Special Operations Command|SOCOM
    U.S. Cyber Command,ORG,Cyber Command|CYBERCOM
    U.S. Fifth Fleet,ORG,Fifth Fleet|5th Fleet
    Joint Chiefs of Staff,ORG,Joint Chiefs
    U.S. Marine Corps,ORG,Marines|Marine Corps|USMC|United States Marine Corps|US Marine Corps
    U.S. Army,ORG,US Army|United States Army
    U.S. Navy,ORG,US Navy|United States Navy
    U.S. Air Force,ORG,US Air Force|United States Air Force|USAF
    U.S. Space Force,ORG,Space Force|US Space Force|United States Space Force
    U.S. Coast Guard,ORG,Coast Guard|US Coast Guard|United States Coast Guard
    Navy SEALs,ORG,SEAL Team Six|Navy SEAL
    82nd Airborne Division,ORG,82nd Airborne|82nd Airborne Division
    National Security Council,ORG,NSC
    U.S. Supreme Court,ORG,Supreme Court|US Supreme Court|United States Supreme Court
    Federal Reserve,ORG,Fed|U.S. Federal Reserve|US Federal Reserve|Federal Reserve Board|Federal Reserve System
    U.S. Department of the Treasury,ORG,Treasury Department|Department of the Treasury|U.S. Treasury|US Treasury
    U.S. Department of Justice,ORG,Justice Department|Department of Justice|DOJ
    U.S. Department of Homeland Security,ORG,Homeland Security Department|Department of Homeland Security|DHS
    U.S. Department of Energy,ORG,Energy Department|Department of Energy
    U.S. Department of Commerce,ORG,Commerce Department|Department of Commerce
    Office of the Director of National Intelligence,ORG,ODNI
    Defense Intelligence Agency,ORG,DIA
    Drug Enforcement Administration,ORG,DEA
    Immigration and Customs Enforcement,ORG,ICE|U.S. Immigration and Customs Enforcement
    Office of Foreign Assets Control,ORG,OFAC
    USAID,ORG,U.S. Agency for International Development|United States Agency for International Development
    U.S. Secret Service,ORG,Secret Service
    Federal Aviation Administration,ORG,FAA
    Environmental Protection Agency,ORG,Environmental Protection Agency
    Senate Armed Services Committee,ORG,Senate Armed Services Committee
    House Armed Services Committee,ORG,House Armed Services Committee
    Senate Foreign Relations Committee,ORG,Senate Foreign Relations Committee
    House Foreign Affairs Committee,ORG,House Foreign Affairs Committee
    Senate Intelligence Committee,ORG,Senate Select Committee on Intelligence
    House Intelligence Committee,ORG,House Permanent Select Committee on Intelligence
    Republican Party,ORG,GOP|Grand Old Party
    Democratic Party,ORG,Democratic Party
    Republican National Committee,ORG,RNC
    Democratic National Committee,ORG,DNC
    Kremlin,ORG,Kremlin
    FSB,ORG,Federal Security Service
    GRU,ORG,GRU
    People's Liberation Army,ORG,PLA
    Chinese Communist Party,ORG,CCP|Communist Party of China|CPC
    UK Ministry of Defence,ORG,British Ministry of Defence|U.K. Ministry of Defence
    Foreign Office,ORG,Foreign Commonwealth and Development Office|Foreign and Commonwealth Office|FCDO
    MI6,ORG,Secret Intelligence Service
    MI5,ORG,MI5
    GCHQ,ORG,GCHQ
    Conservative Party,ORG,Conservative Party
    Labour Party,ORG,Labour Party
    Israel Defense Forces,ORG,IDF|Israeli Defense Forces|Israel Defence Forces|Israeli Defence Forces
    Mossad,ORG,Mossad
    Shin Bet,ORG,Shabak|Israel Security Agency
    Knesset,ORG,Knesset
    Likud,ORG,Likud
    Islamic Revolutionary Guard Corps,ORG,IRGC|Revolutionary Guard|Revolutionary Guards|Revolutionary Guard Corps|Revolutionary Guards Corps|Iranian Revolutionary Guard Corps|Iranian Revolutionary Guards Corps|Islamic Revolutionary Guards Corps|Sepah|Pasdaran
    Quds Force,ORG,Qods Force|Quds Force|Al-Quds Force
    Basij,ORG,Basij Resistance Force|Basij militia
    Islamic Republic of Iran Army,ORG,Artesh
    Office of the Supreme Leader of Iran,ORG,Supreme Leader's office|Office of the Iranian Supreme Leader|Iranian Supreme Leader's office|Office of the Supreme Leader
    Guardian Council,ORG,Council of Guardians|Guardian Council of the Constitution
    Assembly of Experts,ORG,Assembly of Experts
    Iranian Parliament,ORG,Majlis|Islamic Consultative Assembly
    Supreme National Security Council,ORG,SNSC
    Atomic Energy Organization of Iran,ORG,AEOI
    National Iranian Oil Company,ORG,NIOC
    People's Mojahedin Organization of Iran,ORG,MEK|MKO|Mujahedin-e Khalq|Mojahedin-e Khalq
    Fars News Agency,ORG,Fars|Fars News
    IRNA,ORG,Islamic Republic News Agency
    Tasnim News Agency,ORG,Tasnim
    Mehr News Agency,ORG,Mehr News
    ISNA,ORG,Iranian Students' News Agency|Iranian Students News Agency
    Press TV,ORG,PressTV
    Islamic Republic of Iran Broadcasting,ORG,IRIB
    Popular Mobilization Forces,ORG,PMF|Popular Mobilisation Forces|Hashd al-Shaabi|Popular Mobilization Units|PMU
    Kataib Hezbollah,ORG,Kata'ib Hezbollah|Kataib Hizballah|Kata'ib Hizballah|Kataib Hizbollah
    Asaib Ahl al-Haq,ORG,Asa'ib Ahl al-Haq|League of the Righteous
    Harakat Hezbollah al-Nujaba,ORG,Harakat al-Nujaba|al-Nujaba|Nujaba
    Kataib Sayyid al-Shuhada,ORG,Kata'ib Sayyid al-Shuhada
    Badr Organization,ORG,Badr Organisation|Badr Brigade|Badr Brigades|Badr Corps
    Islamic Resistance in Iraq,ORG,Islamic Resistance in Iraq
    Mahdi Army,ORG,Jaish al-Mahdi
    Saraya al-Salam,ORG,Peace Brigades
    Peshmerga,ORG,Peshmerga
    Kurdistan Regional Government,ORG,KRG
    Kurdistan Democratic Party,ORG,KDP
    Patriotic Union of Kurdistan,ORG,PUK
    Kurdistan Workers' Party,ORG,PKK|Kurdistan Workers Party
    Iraqi Security Forces,ORG,Iraqi Security Forces
    Counter Terrorism Service,ORG,Iraqi Counter Terrorism Service|Counter-Terrorism Service
    Council of Representatives of Iraq,ORG,Iraqi Parliament
    Syrian Democratic Forces,ORG,SDF
    People's Protection Units,ORG,YPG
    Hayat Tahrir al-Sham,ORG,HTS|Hay'at Tahrir al-Sham
    Free Syrian Army,ORG,FSA
    Syrian National Army,ORG,Syrian National Army
    White Helmets,ORG,Syria Civil Defence|Syrian Civil Defense
    Hezbollah,ORG,Hizballah|Hizbollah|Hizbullah|Hezbullah
    Amal Movement,ORG,Harakat Amal
    Lebanese Armed Forces,ORG,LAF
    Hamas,ORG,Hamas
    Izz ad-Din al-Qassam Brigades,ORG,Qassam Brigades|al-Qassam Brigades|Ezzedine al-Qassam Brigades
    Palestinian Islamic Jihad,ORG,PIJ|Islamic Jihad
    Fatah,ORG,Fatah
    Palestinian Authority,ORG,Palestinian National Authority
    Palestine Liberation Organization,ORG,PLO|Palestine Liberation Organisation
    Al-Aqsa Martyrs' Brigades,ORG,Al-Aqsa Martyrs Brigades
    Houthis,ORG,Houthi|Huthi|Huthis|Ansar Allah|Ansarallah
    Southern Transitional Council,ORG,STC
    Al-Qaeda in the Arabian Peninsula,ORG,AQAP|al-Qaeda in the Arabian Peninsula
    Islamic State,ORG,ISIS|ISIL|IS|Daesh|Islamic State of Iraq and Syria|Islamic State of Iraq and the Levant|Islamic State group
    Islamic State Khorasan Province,ORG,ISIS-K|ISKP|IS-K|Islamic State Khorasan
    al-Qaeda,ORG,Al Qaeda|al-Qaida|Al-Qaeda|Al Qaida
    Al-Nusra Front,ORG,Al Nusrah|Nusra Front|Jabhat al-Nusra|al-Nusra
    Taliban,ORG,Taliban
    Haqqani Network,ORG,Haqqani network
    Tehrik-i-Taliban Pakistan,ORG,TTP|Pakistani Taliban|Tehreek-e-Taliban Pakistan
    Inter-Services Intelligence,ORG,ISI
    Lashkar-e-Taiba,ORG,LeT|Lashkar-e-Tayyiba
    Jaish-e-Mohammed,ORG,JeM|Jaish-e-Muhammad
    Jaish al-Adl,ORG,Jaish al-Adl
    Muslim Brotherhood,ORG,Muslim Brotherhood
    al-Shabab,ORG,Al-Shabaab|al-Shabaab|Al Shabab|Al Shabaab
    Boko Haram,ORG,Boko Haram
    Wagner Group,ORG,Wagner PMC|Wagner
    Rapid Support Forces,ORG,RSF
    Saudi Aramco,ORG,Aramco
    ExxonMobil,ORG,Exxon Mobil|Exxon
    Chevron,ORG,Chevron
    BP,ORG,British Petroleum
    Shell plc,ORG,Royal Dutch Shell
    TotalEnergies,ORG,TotalEnergies
    ConocoPhillips,ORG,ConocoPhillips
    Gazprom,ORG,Gazprom
    Rosneft,ORG,Rosneft
    Lukoil,ORG,Lukoil
    Halliburton,ORG,Halliburton
    Lockheed Martin,ORG,Lockheed Martin
    Boeing,ORG,Boeing
    Raytheon,ORG,RTX|Raytheon Technologies
    Northrop Grumman,ORG,Northrop Grumman
    General Dynamics,ORG,General Dynamics
    BAE Systems,ORG,BAE Systems
    Facebook,ORG,Facebook
    Twitter,ORG,Twitter
    WhatsApp,ORG,WhatsApp
    Google,ORG,Google
    Apple,ORG,Apple Inc.
    Microsoft,ORG,Microsoft
    Amazon,ORG,Amazon.com
    Meta,ORG,Meta Platforms
    Telegram,ORG,Telegram
    Instagram,ORG,Instagram
    YouTube,ORG,YouTube
    TikTok,ORG,TikTok
    Huawei,ORG,Huawei
    Samsung,ORG,Samsung
    SpaceX,ORG,SpaceX
    Starlink,ORG,Starlink
    Tesla,ORG,Tesla
    OpenAI,ORG,OpenAI
    Nvidia,ORG,Nvidia
    ByteDance,ORG,ByteDance
    New York Mercantile Exchange,ORG,NYMEX
    New York Stock Exchange,ORG,NYSE
    Nasdaq,ORG,Nasdaq
    Intercontinental Exchange,ORG,Intercontinental Exchange
    London Stock Exchange,ORG,London Stock Exchange
    Goldman Sachs,ORG,Goldman Sachs
    JPMorgan Chase,ORG,JPMorgan|JP Morgan|J.P. Morgan
    Morgan Stanley,ORG,Morgan Stanley
    Citigroup,ORG,Citi
    BlackRock,ORG,BlackRock
    Bank of England,ORG,Bank of England
    Central Bank of Iran,ORG,Bank Markazi
    Associated Press,ORG,AP
    Reuters,ORG,Reuters
    Agence France-Presse,ORG,AFP|Agence France Presse
    EFE-EPA,ORG,EFE|EPA
    The Washington Post,ORG,Washington Post
    The New York Times,ORG,New York Times|NYT
    The Wall Street Journal,ORG,Wall Street Journal|WSJ
    The Guardian,ORG,The Guardian
    Financial Times,ORG,Financial Times
    The Economist,ORG,The Economist
    Bloomberg,ORG,Bloomberg News
    BBC,ORG,British Broadcasting Corporation|BBC News
    CNN,ORG,Cable News Network
    Fox News,ORG,Fox News Channel
    CBS News,ORG,CBS
    NBC News,ORG,NBC
    ABC News,ORG,ABC
    MSNBC,ORG,MSNBC
    CNBC,ORG,CNBC
    NPR,ORG,National Public Radio
    Politico,ORG,Politico
    Axios,ORG,Axios
    USA Today,ORG,USA Today
    Los Angeles Times,ORG,LA Times|L.A. Times
    Newsweek,ORG,Newsweek
    Al Jazeera,ORG,Al-Jazeera|Aljazeera
    Al Arabiya,ORG,Al-Arabiya
    Al Mayadeen,ORG,Al-Mayadeen
    Al-Manar,ORG,Al Manar
    Defense One,ORG,Defense One
    Radio Free Europe/Radio Liberty,ORG,RFE/RL|Radio Free Europe|Radio Liberty
    Voice of America,ORG,VOA
    Sky News,ORG,Sky News
    Deutsche Welle,ORG,DW
    France 24,ORG,France 24
    Xinhua,ORG,Xinhua News Agency
    TASS,ORG,TASS
    RIA Novosti,ORG,RIA Novosti
    Interfax,ORG,Interfax
    Russia Today,ORG,Russia Today
    CGTN,ORG,China Global Television Network
    Kyodo News,ORG,Kyodo
    Yonhap,ORG,Yonhap News Agency
    Anadolu Agency,ORG,Anadolu
    Haaretz,ORG,Haaretz
    The Jerusalem Post,ORG,Jerusalem Post
    The Times of Israel,ORG,Times of Israel
    Al-Monitor,ORG,Al Monitor
    Middle East Eye,ORG,Middle East Eye
    Asharq Al-Awsat,ORG,Asharq Alawsat
    Arab News,ORG,Arab News
    Rudaw,ORG,Rudaw
    Kurdistan 24,ORG,Kurdistan24
    Syrian Arab News Agency,ORG,Syrian Arab News Agency
    Center for a New American Security,ORG,CNAS
    Brookings Institution,ORG,Brookings
    RAND Corporation,ORG,RAND|Rand Corporation
    Council on Foreign Relations,ORG,CFR
    Atlantic Council,ORG,Atlantic Council
    Washington Institute for Near East Policy,ORG,Washington Institute
    Center for Strategic and International Studies,ORG,CSIS
    Heritage Foundation,ORG,Heritage Foundation
    American Enterprise Institute,ORG,AEI
    Carnegie Endowment for International Peace,ORG,Carnegie Endowment
    Foundation for Defense of Democracies,ORG,FDD
    Institute for the Study of War,ORG,ISW
    International Crisis Group,ORG,Crisis Group
    Chatham House,ORG,Royal Institute of International Affairs
    International Institute for Strategic Studies,ORG,IISS
    Middle East Institute,ORG,Middle East Institute
    Quincy Institute,ORG,Quincy Institute for Responsible Statecraft
    Stimson Center,ORG,Stimson Center
    Stockholm International Peace Research Institute,ORG,SIPRI
    Soufan Center,ORG,Soufan Center
    Wilson Center,ORG,Woodrow Wilson International Center for Scholars
    Hudson Institute,ORG,Hudson Institute
    Cato Institute,ORG,Cato Institute
    Arms Control Association,ORG,Arms Control Association
    Eurasia Group,ORG,Eurasia Group
    """
}
