package dk.rammeflow.tariff;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aalborg Kommune JV's revised 2023 tariffs, "synliggørelse af ændringer", typed from the DAS minutes of
 * 31 March 2023 (seed 001, item 7). Columns: tilbud | ydelse | lovgrundlag | antal pladser | takstenhed |
 * budg. belægning % | budget 2023 gammel | ny | takst 2023 gammel | ny | ændring i % iftl. 2022 gammel | ny |
 * ændring i procentpoint | forklaring. "Gammel" is the tariff first submitted in autumn 2022, "ny" the revised one.
 * The seed's forklaringer are shortened; its "Studievej 16–19" (a spreadsheet fill-down slip) is Studievej 15.
 */
final class SeedSheet2023 {

  static final String ROWS = """
      Botilbud Viften Vodskov | Autismeområdet | SEL § 107 | 22 | Døgn | 98 | 25.160.041 | 25.497.719 | 3.197 | 3.240 | 11,79 | 13,30 | 1,51 | Stigningen i gns. taksten skyldes en skæv fordeling af aktivitet mellem de to afdelinger af Viften i 2022; tilsvarende fald på Studievej 7. Der afregnes i boniveauer, og her ses ikke udsving.
      Botilbud Viften Vodskov | Boniveau 4 | SEL § 107 |  | Døgn | 98 | - | - | 2.336 | 2.371 | 0,57 | 2,08 | 1,51 |
      Botilbud Viften Vodskov | Boniveau 5 | SEL § 107 |  | Døgn | 98 | - | - | 2.628 | 2.662 | 0,55 | 1,84 | 1,29 |
      Botilbud Viften Vodskov | Boniveau 6 | SEL § 107 |  | Døgn | 98 | - | - | 2.977 | 3.011 | 0,43 | 1,56 | 1,13 |
      Botilbud Viften Vodskov | Bboniveau 7 | SEL § 107 |  | Døgn | 98 | - | - | 3.444 | 3.476 | 0,39 | 1,31 | 0,92 |
      Botilbud Viften Vodskov | Boniveau 8 | SEL § 107 |  | Døgn | 98 | - | - | 3.852 | 3.883 | 0,35 | 1,15 | 0,80 |
      Botilbud Studievej 7 (tidl. Viften Nørresundby) | Autismeområdet | SEL § 107 | 16 | Døgn | 98 | 17.639.586 | 17.337.720 | 3.082 | 3.029 | -13,72 | -15,20 | -1,48 | Faldet i gns. taksten skyldes en skæv fordeling af aktivitet mellem de to afdelinger af Viften i 2022; tilsvarende stigning på Viften Vodskov.
      Botilbud Studievej 7 (tidl. Viften Nørresundby) | Boniveau 4 | SEL § 107 |  | Døgn | 98 | - | - | 2.328 | 2.268 | 0,72 | -1,89 | -2,61 |
      Botilbud Studievej 7 (tidl. Viften Nørresundby) | Boniveau 5 | SEL § 107 |  | Døgn | 98 | - | - | 2.620 | 2.558 | 0,67 | -1,69 | -2,37 |
      Botilbud Studievej 7 (tidl. Viften Nørresundby) | Boniveau 6 | SEL § 107 |  | Døgn | 98 | - | - | 2.969 | 2.907 | 0,54 | -1,55 | -2,09 |
      Botilbud Studievej 7 (tidl. Viften Nørresundby) | Boniveau 7 | SEL § 107 |  | Døgn | 98 | - | - | 3.436 | 3.372 | 0,49 | -1,38 | -1,86 |
      Botilbud Studievej 7 (tidl. Viften Nørresundby) | Boniveau 8 | SEL § 107 |  | Døgn | 98 | - | - | 3.844 | 3.779 | 0,44 | -1,25 | -1,68 |
      Spec. børnehaven Birken | Autismeområdet | SEL § 32 |  | Døgn | 98 | 12.850.587 | 12.850.587 | 1.283 | 1.283 | 0,0 | 0,0 | 0,00 |
      Dagtilbud Væksthuset | Autismeområdet | SEL § 103 | 26 | Dag | 98 | 6.637.061 | 6.920.891 | 714 | 744 | 7,66 | 12,19 | 4,52 | Stigningen skyldes, at der til 2023 er fordelt mere ledelse til tilbuddet; personaleomkostninger var ved en fejl ikke med i det først fremsendte takstgrundlag.
      Dagtilbud Hviddalen | Hviddalen (tidl. Hadsundvej 40D - dagtilbud) | SEL § 104 | 15 | Dag | 98 | 4.222.342 | 4.197.456 | 787 | 782 | -0,80 | -1,43 | -0,63 |
      Botilbud Hobbitten | Hobitten | ABL § 105 | 12 | Døgn | 98 | 19.760.717 | 19.876.173 | 4.603 | 4.631 | 4,19 | 4,83 | 0,63 | Stigningen skyldes, at målgruppen har krævet flere medarbejderressourcer end tidligere år.
      Botilbud Hobbitten | Boniveau 3 | ABL § 105 |  | Døgn | 98 | - | - | 2.254 | 2.271 | 0,32 | 1,07 | 0,75 |
      Botilbud Hobbitten | Boniveau 4 | ABL § 105 |  | Døgn | 98 | - | - | 2.603 | 2.620 | 0,26 | 0,90 | 0,64 |
      Botilbud Hobbitten | Boniveau 5 | ABL § 105 |  | Døgn | 98 | - | - | 2.895 | 2.910 | 0,26 | 0,79 | 0,53 |
      Botilbud Hobbitten | Boniveau 6 | ABL § 105 |  | Døgn | 98 | - | - | 3.245 | 3.259 | 0,22 | 0,65 | 0,44 |
      Botilbud Hobbitten | Boniveau 7 | ABL § 105 |  | Døgn | 98 | - | - | 3.711 | 3.724 | 0,18 | 0,54 | 0,36 |
      Botilbud Hobbitten | Boniveau 8 | ABL § 105 |  | Døgn | 98 | - | - | 4.119 | 4.131 | 0,16 | 0,46 | 0,30 |
      Botilbud Hobbitten | Boniveau 9 | ABL § 105 |  | Døgn | 98 | - | - | 4.527 | 4.538 | 0,15 | 0,40 | 0,25 |
      Botilbud Gennem Bakkerne 23 A (tidl. Kastanjebo) | Botilbud | ABL § 105 | 20 | Døgn | 98 | 22.693.410 | 22.639.026 | 3.172 | 3.164 | -1,29 | -1,53 | -0,25 |
      Botilbud Gennem Bakkerne 23 A (tidl. Kastanjebo) | Boniveau 4 | ABL § 105 |  | Døgn | 98 | - | - | 2.038 | 2.022 | 0,57 | -0,24 | -0,81 |
      Botilbud Gennem Bakkerne 23 A (tidl. Kastanjebo) | Boniveau 5 | ABL § 105 |  | Døgn | 98 | - | - | 2.329 | 2.312 | 0,50 | -0,23 | -0,72 |
      Botilbud Gennem Bakkerne 23 A (tidl. Kastanjebo) | Boniveau 6 | ABL § 105 |  | Døgn | 98 | - | - | 2.679 | 2.661 | 0,41 | -0,26 | -0,67 |
      Botilbud Gennem Bakkerne 23 A (tidl. Kastanjebo) | Boniveau 7 | ABL § 105 |  | Døgn | 98 | - | - | 3.145 | 3.126 | 0,34 | -0,26 | -0,60 |
      Botilbud Gennem Bakkerne 23 A (tidl. Kastanjebo) | Boniveau 8 | ABL § 105 |  | Døgn | 98 | - | - | 3.553 | 3.533 | 0,30 | -0,26 | -0,56 |
      Botilbud Gennem Bakkerne 23 A (tidl. Kastanjebo) | Boniveau 9 | ABL § 105 |  | Døgn | 98 | - | - | 3.961 | 3.940 | 0,27 | -0,26 | -0,53 |
      Botilbud Gennem Bakkerne 23 B | Gennem Bakkerne | ABL § 105 | 12 | Døgn | 98 | 29.394.732 | 29.476.775 | 6.847 | 6.866 | -5,29 | -5,02 | 0,27 |
      Botilbud Gennem Bakkerne 23 B | Boniveau 9 | ABL § 105 |  | Døgn | 98 | - | - | 4.814 | 4.812 | 0,46 | 0,42 | -0,04 |
      Botilbud Attruphøj | Attruphøj | ABL § 105 | 28 | Døgn | 98 | 48.657.421 | 50.151.733 | 4.858 | 5.007 | -3,02 | -0,05 | 2,97 | Stigningen skyldes, at der var personaleomkostninger, der ved en fejl ikke var med i det først fremsendte takstgrundlag.
      Botilbud Attruphøj | Boniveau 4 | ABL § 105 |  | Døgn | 98 | - | - | 2.685 | 2.823 | -1,30 | 3,77 | 5,07 |
      Botilbud Attruphøj | Boniveau 5 | ABL § 105 |  | Døgn | 98 | - | - | 2.976 | 3.114 | -1,18 | 3,39 | 4,57 |
      Botilbud Attruphøj | Boniveau 6 | ABL § 105 |  | Døgn | 98 | - | - | 3.326 | 3.462 | -1,07 | 2,99 | 4,06 |
      Botilbud Attruphøj | Boniveau 7 | ABL § 105 |  | Døgn | 98 | - | - | 3.792 | 3.928 | -0,95 | 2,59 | 3,54 |
      Botilbud Attruphøj | Boniveau 8 | ABL § 105 |  | Døgn | 98 | - | - | 4.201 | 4.335 | -0,83 | 2,32 | 3,15 |
      Botilbud Attruphøj | Boniveau 9 | ABL § 105 |  | Døgn | 98 | - | - | 4.609 | 4.741 | -0,76 | 2,09 | 2,85 |
      Botilbud Østergadekollegiet | Østergadekollegiet | SEL § 108 | 8 | Døgn | 98 | 7.245.019 | 7.220.824 | 2.531 | 2.523 | 0,87 | 0,55 | -0,32 |
      Botilbud Østergadekollegiet | Boniveau 4 | SEL § 108 |  | Døgn | 98 | - | - | 2.397 | 2.382 | 0,19 | -0,43 | -0,63 |
      Botilbud Østergadekollegiet | Boniveau 5 | SEL § 108 |  | Døgn | 98 | - | - | 2.688 | 2.673 | 0,17 | -0,40 | -0,57 |
      Botilbud Østergadekollegiet | Boniveau 6 | SEL § 108 |  | Døgn | 98 | - | - | 3.038 | 3.021 | 0,13 | -0,41 | -0,54 |
      Botilbud Vikingevej, Stuen | Vikingevej stuen | ABL § 105 | 21 | Døgn | 98 | 12.278.315 | 12.259.736 | 1.634 | 1.632 | 3,99 | 3,85 | -0,14 | Stigningen skyldes, at målgruppen har krævet flere medarbejderressourcer end tidligere år.
      Botilbud Vikingevej, Stuen | Boniveau 1 | ABL § 105 |  | Døgn | 98 | - | - | 943 | 938 | 0,55 | -0,01 | -0,56 |
      Botilbud Vikingevej, Stuen | Boniveau 2 | ABL § 105 |  | Døgn | 98 | - | - | 1.263 | 1.258 | 0,42 | -0,01 | -0,43 |
      Botilbud Vikingevej, Stuen | Boniveau 3 | ABL § 105 |  | Døgn | 98 | - | - | 1.555 | 1.548 | 0,34 | -0,10 | -0,44 |
      Botilbud Vikingevej, Stuen | Boniveau 4 | ABL § 105 |  | Døgn | 98 | - | - | 1.905 | 1.897 | 0,30 | -0,12 | -0,42 |
      Botilbud Vikingevej, Stuen | Boniveau 5 | ABL § 105 |  | Døgn | 98 | - | - | 2.196 | 2.188 | 0,25 | -0,12 | -0,38 |
      Botilbud Vikingevej, Stuen | Boniveau 6 | ABL § 105 |  | Døgn | 98 | - | - | 2.546 | 2.537 | 0,20 | -0,17 | -0,37 |
      Botilbud Bakken (tidl. Syrenbakken) | Bo og dagtilbud | ABL § 105 | 32 | Døgn | 98 | 28.421.700 | 28.641.839 | 2.483 | 2.502 | -2,36 | -1,61 | 0,75 | Syrenbakken skifter adresse og bliver til Botilbud Bakken med 32 §105/85 pladser; sidste år blev der beregnet på 35 pladser.
      Botilbud Bakken (tidl. Syrenbakken) | Boniveau 3 | ABL § 105 |  | Døgn | 98 | - | - | 1.782 | 1.795 | -1,05 | -0,33 | 0,72 |
      Botilbud Bakken (tidl. Syrenbakken) | Boniveau 4 | ABL § 105 |  | Døgn | 98 | - | - | 2.131 | 2.144 | -0,90 | -0,31 | 0,60 |
      Botilbud Bakken (tidl. Syrenbakken) | Boniveau 5 | ABL § 105 |  | Døgn | 98 | - | - | 2.423 | 2.435 | -0,76 | -0,29 | 0,47 |
      Botilbud Bakken (tidl. Syrenbakken) | Boniveau 6 | ABL § 105 |  | Døgn | 98 | - | - | 2.773 | 2.783 | -0,68 | -0,31 | 0,37 |
      Botilbud Bakken (tidl. Syrenbakken) | Boniveau 7 | ABL § 105 |  | Døgn | 98 | - | - | 3.239 | 3.248 | -0,60 | -0,31 | 0,29 |
      Botilbud Bakken (tidl. Syrenbakken) | Boniveau 8 | ABL § 105 |  | Døgn | 98 | - | - | 3.647 | 3.655 | -0,53 | -0,30 | 0,23 |
      Botilbud Bakken (tidl. Syrenbakken) | Boniveau 9 | ABL § 105 |  | Døgn | 98 | - | - | 4.055 | 4.062 | -0,48 | -0,29 | 0,18 |
      Botilbud Storemosevej 24 (tidl. Behandlingscenter Hammer Bakker) | Behandlingscentret samlet | SEL § 107 | 20 | Døgn | 98 | 34.172.412 | 33.536.978 | 4.776 | 4.687 | 2,66 | 0,75 | -1,91 |
      Botilbud Storemosevej 24 (tidl. Behandlingscenter Hammer Bakker) | Boniveau 3 | SEL § 107 |  | Døgn | 98 | - | - | 2.609 | 2.510 | 2,14 | -1,72 | -3,86 |
      Botilbud Storemosevej 24 (tidl. Behandlingscenter Hammer Bakker) | Boniveau 4 | SEL § 107 |  | Døgn | 98 | - | - | 2.958 | 2.859 | 1,87 | -1,54 | -3,40 |
      Botilbud Storemosevej 24 (tidl. Behandlingscenter Hammer Bakker) | Boniveau 5 | SEL § 107 |  | Døgn | 98 | - | - | 3.250 | 3.150 | 1,72 | -1,41 | -3,13 |
      Botilbud Storemosevej 24 (tidl. Behandlingscenter Hammer Bakker) | Boniveau 6 | SEL § 107 |  | Døgn | 98 | - | - | 3.600 | 3.499 | 1,54 | -1,32 | -2,86 |
      Botilbud Storemosevej 24 (tidl. Behandlingscenter Hammer Bakker) | Boniveau 7 | SEL § 107 |  | Døgn | 98 | - | - | 4.066 | 3.964 | 1,35 | -1,20 | -2,55 |
      Botilbud Storemosevej 24 (tidl. Behandlingscenter Hammer Bakker) | Boniveau 8 | SEL § 107 |  | Døgn | 98 | - | - | 4.474 | 4.371 | 1,23 | -1,11 | -2,33 |
      Botilbud Storemosevej 24 (tidl. Behandlingscenter Hammer Bakker) | Boniveau 9 | SEL § 107 |  | Døgn | 98 | - | - | 4.882 | 4.778 | 1,12 | -1,03 | -2,15 |
      Botilbud Sonjavej | Sonjavej A-C Huse | ABL § 105 | 22 | Døgn | 98 | 17.898.741 | 17.698.460 | 2.274 | 2.249 | -0,42 | -1,52 | -1,09 |
      Botilbud Sonjavej | Boniveau 2 | ABL § 105 |  | Døgn | 98 | - | - | 1.466 | 1.436 | 1,58 | -0,52 | -2,10 |
      Botilbud Sonjavej | Boniveau 3 | ABL § 105 |  | Døgn | 98 | - | - | 1.757 | 1.726 | 1,25 | -0,51 | -1,76 |
      Botilbud Sonjavej | Boniveau 4 | ABL § 105 |  | Døgn | 98 | - | - | 2.107 | 2.075 | 1,06 | -0,46 | -1,52 |
      Botilbud Sonjavej | Boniveau 5 | ABL § 105 |  | Døgn | 98 | - | - | 2.398 | 2.366 | 0,93 | -0,42 | -1,35 |
      Botilbud Sonjavej | Boniveau 6 | ABL § 105 |  | Døgn | 98 | - | - | 2.748 | 2.715 | 0,79 | -0,43 | -1,22 |
      Botilbud Sonjavej | Boniveau 7 | ABL § 105 |  | Døgn | 98 | - | - | 3.214 | 3.180 | 0,66 | -0,41 | -1,07 |
      Botilbud Sonjavej | Boniveau 8 | ABL § 105 |  | Døgn | 98 | - | - | 3.623 | 3.587 | 0,62 | -0,39 | -1,01 |
      Botilbud Sonjavej | Boniveau 9 | ABL § 105 |  | Døgn | 98 | - | - | 4.031 | 3.994 | 0,55 | -0,37 | -0,93 |
      Botilbud Sonjavej | Sonjavej D Huset | SEL § 107 | 7 | Døgn | 98 | 5.896.941 | 5.849.941 | 2.355 | 2.336 | -0,71 | -1,51 | -0,80 |
      Botilbud Sonjavej | Boniveau 4 | SEL § 107 |  | Døgn | 98 | - | - | 2.188 | 2.163 | 0,64 | -0,53 | -1,17 |
      Botilbud Sonjavej | Boniveau 5 | SEL § 107 |  | Døgn | 98 | - | - | 2.479 | 2.453 | 0,56 | -0,48 | -1,05 |
      Botilbud Sonjavej | Boniveau 6 | SEL § 107 |  | Døgn | 98 | - | - | 2.829 | 2.802 | 0,55 | -0,41 | -0,96 |
      Botilbud Sonjavej | Boniveau 7 | SEL § 107 |  | Døgn | 98 | - | - | 3.295 | 3.267 | 0,39 | -0,45 | -0,85 |
      Botilbud Løvdal | Løvdal samlet | ABL § 105 | 30 | Døgn | 98 | 41.387.257 | 40.784.614 | 3.856 | 3.801 | -1,34 | -2,75 | -1,41 |
      Botilbud Løvdal | Boniveau 4 | ABL § 105 |  | Døgn | 98 | - | - | 2.540 | 2.475 | 1,98 | -0,65 | -2,62 |
      Botilbud Løvdal | Boniveau 5 | ABL § 105 |  | Døgn | 98 | - | - | 2.831 | 2.765 | 1,77 | -0,59 | -2,36 |
      Botilbud Løvdal | Boniveau 6 | ABL § 105 |  | Døgn | 98 | - | - | 3.181 | 3.114 | 1,55 | -0,58 | -2,13 |
      Botilbud Løvdal | Boniveau 7 | ABL § 105 |  | Døgn | 98 | - | - | 3.647 | 3.579 | 1,34 | -0,54 | -1,88 |
      Botilbud Løvdal | Boniveau 8 | ABL § 105 |  | Døgn | 98 | - | - | 4.055 | 3.986 | 1,20 | -0,51 | -1,72 |
      Botilbud Løvdal | Boniveau 9 | ABL § 105 |  | Døgn | 98 | - | - | 4.464 | 4.393 | 1,12 | -0,49 | -1,60 |
      Botilbud Astrupparken | Astrupparken | ABL § 105 | 30 | Døgn | 98 | 26.729.512 | 26.268.482 | 2.491 | 2.448 | -2,71 | -4,39 | -1,68 |
      Botilbud Astrupparken | Boniveau 3 | ABL § 105 |  | Døgn | 98 | - | - | 1.721 | 1.672 | 0,90 | -1,95 | -2,85 |
      Botilbud Astrupparken | Boniveau 4 | ABL § 105 |  | Døgn | 98 | - | - | 2.071 | 2.021 | 0,77 | -1,65 | -2,42 |
      Botilbud Astrupparken | Boniveau 5 | ABL § 105 |  | Døgn | 98 | - | - | 2.362 | 2.312 | 0,67 | -1,46 | -2,14 |
      Botilbud Astrupparken | Boniveau 6 | ABL § 105 |  | Døgn | 98 | - | - | 2.712 | 2.661 | 0,56 | -1,34 | -1,90 |
      Botilbud Astrupparken | Boniveau 7 | ABL § 105 |  | Døgn | 98 | - | - | 3.179 | 3.126 | 0,50 | -1,18 | -1,68 |
      Botilbud Astrupparken | Boniveau 8 | ABL § 105 |  | Døgn | 98 | - | - | 3.587 | 3.533 | 0,45 | -1,07 | -1,52 |
      Botilbud Astrupparken | Boniveau 9 | ABL § 105 |  | Døgn | 98 | - | - | 3.995 | 3.940 | 0,40 | -0,99 | -1,39 |
      Botilbud Studievej 15 | Studievej | ABL § 105 | 30 | Døgn | 98 | 19.190.269 | 19.294.684 | 1.788 | 1.798 | 0,08 | 0,64 | 0,56 |
      Botilbud Studievej 15 | Boniveau 3 | ABL § 105 |  | Døgn | 98 | - | - | 1.474 | 1.479 | -0,76 | -0,43 | 0,33 |
      Botilbud Studievej 15 | Boniveau 4 | ABL § 105 |  | Døgn | 98 | - | - | 1.824 | 1.828 | -0,59 | -0,38 | 0,20 |
      Botilbud Studievej 15 | Boniveau 5 | ABL § 105 |  | Døgn | 98 | - | - | 2.115 | 2.118 | -0,51 | -0,35 | 0,16 |
      Botilbud Studievej 15 | Boniveau 6 | ABL § 105 |  | Døgn | 98 | - | - | 2.465 | 2.467 | -0,46 | -0,37 | 0,09 |
      Botilbud Vester Hassing | Vesterhassing | ABL § 105 | 30 | Døgn | 98 | 22.104.377 | 22.178.814 | 2.060 | 2.067 | 1,45 | 1,80 | 0,34 |
      Botilbud Vester Hassing | Boniveau 3 | ABL § 105 |  | Døgn | 98 | - | - | 1.524 | 1.525 | -0,48 | -0,40 | 0,08 |
      Botilbud Vester Hassing | Boniveau 4 | ABL § 105 |  | Døgn | 98 | - | - | 1.873 | 1.874 | -0,42 | -0,36 | 0,06 |
      Botilbud Vester Hassing | Boniveau 5 | ABL § 105 |  | Døgn | 98 | - | - | 2.165 | 2.165 | -0,32 | -0,33 | -0,01 |
      Botilbud Vester Hassing | Boniveau 6 | ABL § 105 |  | Døgn | 98 | - | - | 2.515 | 2.514 | -0,30 | -0,36 | -0,06 |
      Botilbud Vester Hassing | Boniveau 7 | ABL § 105 |  | Døgn | 98 | - | - | 2.981 | 2.979 | -0,26 | -0,34 | -0,08 |
      Botilbud Vester Hassing | Boniveau 8 | ABL § 105 |  | Døgn | 98 | - | - | 3.389 | 3.386 | -0,23 | -0,33 | -0,10 |
      Botilbud Vester Hassing | Boniveau 9 | ABL § 105 |  | Døgn | 98 | - | - | 3.797 | 3.793 | -0,21 | -0,32 | -0,12 |
      Botilbud Ungdomshøjskolen | Ny Ungdomshøjskolen | ABL § 105 | 12 | Døgn | 98 | 18.090.973 | 18.109.092 | 4.214 | 4.218 | -3,11 | -3,01 | 0,10 |
      Botilbud Ungdomshøjskolen | Boniveau 5 | ABL § 105 |  | Døgn | 98 | - | - | 2.890 | 2.884 | -0,58 | -0,79 | -0,21 |
      Botilbud Ungdomshøjskolen | Boniveau 6 | ABL § 105 |  | Døgn | 98 | - | - | 3.240 | 3.233 | -0,54 | -0,76 | -0,22 |
      Botilbud Ungdomshøjskolen | Boniveau 7 | ABL § 105 |  | Døgn | 98 | - | - | 3.706 | 3.698 | -0,48 | -0,70 | -0,22 |
      Botilbud Ungdomshøjskolen | Boniveau 8 | ABL § 105 |  | Døgn | 98 | - | - | 4.114 | 4.105 | -0,43 | -0,65 | -0,22 |
      Botilbud Ungdomshøjskolen | Boniveau 9 | ABL § 105 |  | Døgn | 98 | - | - | 4.522 | 4.512 | -0,39 | -0,62 | -0,23 |
      Botilbud Violen | Violen Botilbud | ABL § 105 | 13 | Døgn | 98 | 21.754.261 | 21.863.695 | 4.678 | 4.701 | 9,55 | 10,09 | 0,54 | Stigningen skyldes, at målgruppen har krævet flere medarbejderressourcer end tidligere år.
      Botilbud Violen | Boniveau 5 | ABL § 105 |  | Døgn | 98 | - | - | 2.906 | 2.918 | -0,31 | 0,11 | 0,42 |
      Botilbud Violen | Boniveau 6 | ABL § 105 |  | Døgn | 98 | - | - | 3.256 | 3.267 | -0,30 | 0,04 | 0,34 |
      Botilbud Violen | Boniveau 7 | ABL § 105 |  | Døgn | 98 | - | - | 3.722 | 3.732 | -0,27 | 0,00 | 0,27 |
      Botilbud Violen | Boniveau 8 | ABL § 105 |  | Døgn | 98 | - | - | 4.131 | 4.139 | -0,22 | -0,02 | 0,20 |
      Botilbud Violen | Boniveau 9 | ABL § 105 |  | Døgn | 98 | - | - | 4.539 | 4.546 | -0,20 | -0,04 | 0,16 |
      Botilbud Kridsløjfen | Døveområdet | ABL § 105 | 18 | Døgn | 98 | 15.895.831 | 15.962.713 | 2.469 | 2.479 | 3,78 | 4,20 | 0,42 | Stigningen skyldes, at målgruppen har krævet flere medarbejderressourcer end tidligere år.
      Botilbud Kridsløjfen | Boniveau 2 | ABL § 105 |  | Døgn | 98 | - | - | 1.363 | 1.368 | -0,54 | -0,18 | 0,36 |
      Botilbud Kridsløjfen | Boniveau 3 | ABL § 105 |  | Døgn | 98 | - | - | 1.654 | 1.659 | -0,51 | -0,24 | 0,28 |
      Botilbud Kridsløjfen | Boniveau 4 | ABL § 105 |  | Døgn | 98 | - | - | 2.004 | 2.007 | -0,40 | -0,23 | 0,17 |
      Botilbud Kridsløjfen | Boniveau 5 | ABL § 105 |  | Døgn | 98 | - | - | 2.295 | 2.298 | -0,35 | -0,22 | 0,14 |
      Botilbud Kridsløjfen | Boniveau 6 | ABL § 105 |  | Døgn | 98 | - | - | 2.645 | 2.647 | -0,33 | -0,26 | 0,07 |
      Botilbud Kridsløjfen | Boniveau 7 | ABL § 105 |  | Døgn | 98 | - | - | 3.112 | 3.112 | -0,26 | -0,26 | 0,00 |
      Botilbud Kridsløjfen | Boniveau 8 | ABL § 105 |  | Døgn | 98 | - | - | 3.520 | 3.519 | -0,23 | -0,26 | -0,03 |
      """;

  private SeedSheet2023() {}

  /** The rows as the API takes them: Danish number texts as typed in the sheet. */
  static List<Map<String, Object>> rows() {
    return ROWS.lines().filter(line -> !line.isBlank()).map(SeedSheet2023::row).toList();
  }

  private static Map<String, Object> row(String line) {
    String[] c = Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("offer", c[0]);
    row.put("service", c[1]);
    row.put("legalBasis", c[2]);
    row.put("places", c[3].isEmpty() ? null : c[3]);
    row.put("unit", c[4]);
    row.put("occupancyPercent", c[5]);
    row.put("budgetPrevious", c[6]);
    row.put("budgetNew", c[7]);
    row.put("tariffPrevious", c[8]);
    row.put("tariffNew", c[9]);
    row.put("changePercentPrevious", c[10]);
    row.put("changePercentNew", c[11]);
    row.put("changePoints", c[12]);
    row.put("explanation", c[13]);
    return row;
  }
}
