<?php
/**
 * Keeps wpautop (and wptexturize) out of <clinic-*> elements in classic content: their light DOM
 * is structured HTML (lists, tables, <details>) or JSON, which stray <p> and <br /> break.
 *
 * Each outermost element is set aside before the content filters at priority 10 and put back
 * after them, as its own block, so wpautop neither wraps it in a paragraph nor changes its inside.
 *
 * @package ClinicUiBlocks
 */

defined( 'ABSPATH' ) || exit;

/**
 * The elements set aside on the content being filtered, by placeholder.
 *
 * @param array|null $set New value (internal).
 * @return array<string, string>
 */
function clinic_ui_blocks_protected( $set = null ) {
	static $protected = array();
	if ( null !== $set ) {
		$protected = $set;
	}
	return $protected;
}

/**
 * Replaces each outermost <clinic-*> element with a block-level placeholder.
 *
 * @param string $content Post content.
 * @return string
 */
function clinic_ui_blocks_protect_elements( $content ) {
	if ( ! clinic_ui_blocks_uses_elements( $content ) ) {
		return $content;
	}
	$protected = clinic_ui_blocks_protected();
	$content   = preg_replace_callback(
		'#<(clinic-[a-z0-9-]+)\b[^>]*>.*?</\1\s*>#is',
		function ( $match ) use ( &$protected ) {
			$key               = '<div data-clinic-ui-blocks-placeholder="' . count( $protected ) . '-' . wp_rand() . '"></div>';
			$protected[ $key ] = $match[0];
			return "\n\n" . $key . "\n\n";
		},
		$content
	);
	clinic_ui_blocks_protected( $protected );
	return $content;
}

/**
 * Puts the elements back, unchanged.
 *
 * @param string $content Filtered post content.
 * @return string
 */
function clinic_ui_blocks_restore_elements( $content ) {
	$protected = clinic_ui_blocks_protected();
	if ( empty( $protected ) || ! is_string( $content ) ) {
		return $content;
	}
	$restored = strtr( $content, $protected );
	foreach ( array_keys( $protected ) as $key ) {
		if ( false === strpos( $content, $key ) ) {
			continue;
		}
		unset( $protected[ $key ] );
	}
	clinic_ui_blocks_protected( $protected );
	return $restored;
}

// do_blocks runs at 9 and wptexturize, wpautop and shortcode_unautop at 10; these are added later,
// so they run after do_blocks and after those at 10.
add_filter( 'the_content', 'clinic_ui_blocks_protect_elements', 9 );
add_filter( 'the_content', 'clinic_ui_blocks_restore_elements', 10 );
